package com.kuailv.emergency.me;

import static com.kuailv.emergency.common.security.Roles.*;

import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.org.PersonService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
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

  private static final Map<String, String> GROUP_OF_ROLE =
      Map.of(
          COMMANDER, "command-center",
          TECH, "technical",
          BUSINESS, "business",
          PROCUREMENT, "business.procurement",
          WAREHOUSE, "business.warehouse",
          LOGISTICS, "business.logistics",
          SALES, "business.sales",
          COMMS, "communications");

  @Schema(name = "Me")
  public record Me(
      @Schema(required = true) String subject,
      @Schema(required = true) String username,
      @Schema(required = true) String displayName,
      @Schema(required = true) Set<String> roles,
      @Schema(required = true, description = "Response groups of the plan the caller belongs to")
          List<String> groups) {}

  @GET
  @RolesAllowed({
    REPORTER,
    COMMANDER,
    TECH,
    BUSINESS,
    PROCUREMENT,
    WAREHOUSE,
    LOGISTICS,
    SALES,
    COMMS,
    ADMIN,
    INTEGRATION
  })
  @Operation(
      operationId = "getMe",
      summary = "Who the caller is and which roles they hold; records the person on sign-in")
  public Uni<Me> me() {
    Set<String> roles = currentUser.roles();
    List<String> groups =
        roles.stream().map(GROUP_OF_ROLE::get).filter(g -> g != null).sorted().toList();
    Me me =
        new Me(
            currentUser.subject(),
            currentUser.username(),
            currentUser.displayName(),
            roles,
            groups);
    return people.recordSignIn(currentUser.actor()).replaceWith(me);
  }
}
