package com.kuailv.emergency.org;

import static com.kuailv.emergency.common.security.Permissions.ORG_READ_PEOPLE;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Roles;
import com.kuailv.emergency.org.PersonService.Member;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/org/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organization")
public class MemberResource {
  private static final Set<String> ROLES = Roles.HUMAN;
  private final PersonService people;

  MemberResource(PersonService people) {
    this.people = people;
  }

  @GET
  @PermissionsAllowed(ORG_READ_PEOPLE)
  @Operation(
      operationId = "listMembers",
      summary =
          "People who have signed in and hold a realm role, to assign incident roles and tasks")
  public Uni<List<Member>> list(@QueryParam("role") String role) {
    if (role == null || !ROLES.contains(role)) {
      throw ProblemException.invalid("role", "one-of", new java.util.TreeSet<>(ROLES));
    }
    return people.membersWithRole(role);
  }
}
