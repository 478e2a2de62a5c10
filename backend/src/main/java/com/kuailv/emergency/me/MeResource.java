package com.kuailv.emergency.me;

import static com.kuailv.emergency.common.security.Permissions.ME_READ;

import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.security.Permissions;
import com.kuailv.emergency.common.security.Roles;
import com.kuailv.emergency.org.PersonService;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in caller")
public class MeResource {
  private final CurrentUser currentUser;
  private final PersonService people;

  MeResource(CurrentUser currentUser, PersonService people) {
    this.currentUser = currentUser;
    this.people = people;
  }

  @Schema(name = "Me")
  public record Me(
      @Schema(required = true) String subject,
      @Schema(required = true) String username,
      @Schema(required = true) String displayName,
      @Schema(required = true) Set<String> roles,
      @Schema(
              required = true,
              description =
                  "Codes of the response groups the caller acts for (COMMAND, TECHNICAL…)")
          List<String> groups,
      @Schema(
              required = true,
              description =
                  "Named permissions the caller holds (feature:action), from the README's table")
          Set<String> permissions) {}

  @GET
  @PermissionsAllowed(ME_READ)
  @Operation(
      operationId = "getMe",
      summary =
          "Who the caller is, their roles, groups and permissions; records the person on sign-in")
  public Uni<Me> me() {
    Set<String> roles = currentUser.roles();
    List<String> groups =
        roles.stream().map(Roles::groupOf).flatMap(Optional::stream).sorted().toList();
    Me me =
        new Me(
            currentUser.subject(),
            currentUser.username(),
            currentUser.displayName(),
            roles,
            groups,
            Permissions.of(roles));
    return people.recordSignIn(currentUser.actor()).replaceWith(me);
  }
}
