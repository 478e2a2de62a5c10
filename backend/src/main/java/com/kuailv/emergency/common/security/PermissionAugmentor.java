package com.kuailv.emergency.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.Permission;
import java.util.Set;

/**
 * Grants a signed-in caller the permissions of their realm roles, as {@link Permissions} lists
 * them, so that {@code @PermissionsAllowed("risk:write")} decides. Anonymous callers get none.
 */
@ApplicationScoped
public class PermissionAugmentor implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    Set<String> held = Permissions.of(identity.getRoles());
    return Uni.createFrom()
        .item(
            QuarkusSecurityIdentity.builder(identity)
                .addPermissionChecker(
                    required -> Uni.createFrom().item(held.contains(nameOf(required))))
                .build());
  }

  /** {@code incident:grade} back from the name and action Quarkus split it into. */
  static String nameOf(Permission permission) {
    String actions = permission.getActions();
    return actions == null || actions.isEmpty()
        ? permission.getName()
        : permission.getName() + ":" + actions;
  }
}
