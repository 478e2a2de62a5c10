package com.kuailv.emergency.common.security;

import java.util.Set;

/** Who did something: the token subject, the username, a name to show and the realm roles. */
public record Actor(String subject, String username, String displayName, Set<String> roles) {
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
