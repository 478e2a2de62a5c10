package com.kuailv.emergency.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in caller, read from the verified access token and never from a request body. */
@RequestScoped
public class CurrentUser {
  @Inject SecurityIdentity identity;
  @Inject JsonWebToken token;

  public Actor actor() {
    return new Actor(subject(), username(), displayName(), roles());
  }

  public String subject() {
    return token.getSubject();
  }

  public String username() {
    String username = token.getClaim("preferred_username");
    return username != null ? username : subject();
  }

  public String displayName() {
    String name = token.getClaim("name");
    return name != null && !name.isBlank() ? name : username();
  }

  public Set<String> roles() {
    return new TreeSet<>(identity.getRoles());
  }
}
