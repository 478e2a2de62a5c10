package com.kuailv.emergency.common.security;

/** Who did something: the token subject, the username and a name to show. */
public record Actor(String subject, String username, String displayName) {}
