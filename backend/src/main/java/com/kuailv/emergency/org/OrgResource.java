package com.kuailv.emergency.org;

import static com.kuailv.emergency.common.security.Permissions.ORG_READ_GROUPS;
import static com.kuailv.emergency.common.security.Permissions.ORG_READ_PEOPLE;
import static com.kuailv.emergency.common.security.Permissions.ORG_WRITE;

import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.org.OrgApi.Contact;
import com.kuailv.emergency.org.OrgApi.Expert;
import com.kuailv.emergency.org.OrgApi.ExpertInput;
import com.kuailv.emergency.org.OrgApi.Group;
import com.kuailv.emergency.org.OrgApi.Member;
import com.kuailv.emergency.org.OrgApi.MembershipInput;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The response groups, their members and contact details, and the expert directory. */
@Path("/api/v1/org")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organization")
public class OrgResource {
  private final OrgService org;
  private final CurrentUser currentUser;

  OrgResource(OrgService org, CurrentUser currentUser) {
    this.org = org;
    this.currentUser = currentUser;
  }

  @GET
  @Path("groups")
  @PermissionsAllowed(ORG_READ_GROUPS)
  @Operation(operationId = "listGroups", summary = "The response groups, duties and members")
  public Uni<List<Group>> groups() {
    return org.groups();
  }

  @PUT
  @Path("groups/{code}/members")
  @PermissionsAllowed(ORG_WRITE)
  @Operation(operationId = "putGroupMember", summary = "Add a person to a group (or change lead)")
  public Uni<Response> putMember(
      @PathParam("code") String code, @Valid @NotNull MembershipInput body) {
    return org.putMember(code, body.subject(), body.lead(), currentUser.actor())
        .replaceWith(Response.noContent().build());
  }

  @DELETE
  @Path("groups/{code}/members/{subject}")
  @PermissionsAllowed(ORG_WRITE)
  @Operation(operationId = "removeGroupMember", summary = "Take a person out of a group")
  public Uni<Response> removeMember(
      @PathParam("code") String code, @PathParam("subject") String subject) {
    return org.removeMember(code, subject, currentUser.actor())
        .replaceWith(Response.noContent().build());
  }

  @GET
  @Path("people")
  @PermissionsAllowed(ORG_READ_PEOPLE)
  @Operation(
      operationId = "listPeople",
      summary = "Everyone who has signed in, with groups and contact details")
  public Uni<List<Member>> people() {
    return org.people();
  }

  @PUT
  @Path("people/{subject}/contact")
  @PermissionsAllowed(ORG_WRITE)
  @Operation(
      operationId = "putContact",
      summary = "Phone, e-mail, WeCom, DingTalk and Feishu ids of a person")
  public Uni<Contact> putContact(
      @PathParam("subject") String subject, @Valid @NotNull Contact body) {
    return org.putContact(subject, body, currentUser.actor());
  }

  @GET
  @Path("experts")
  @PermissionsAllowed(ORG_READ_PEOPLE)
  @Operation(operationId = "listExperts", summary = "The expert directory, by skill substring")
  public Uni<List<Expert>> experts(@QueryParam("skill") String skill) {
    return org.experts(skill);
  }

  @PUT
  @Path("experts/{subject}")
  @PermissionsAllowed(ORG_WRITE)
  @Operation(operationId = "putExpert", summary = "List a person as an expert with skill tags")
  public Uni<Response> putExpert(
      @PathParam("subject") String subject, @Valid @NotNull ExpertInput body) {
    return org.putExpert(subject, body, currentUser.actor())
        .replaceWith(Response.noContent().build());
  }
}
