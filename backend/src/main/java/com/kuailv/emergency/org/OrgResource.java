package com.kuailv.emergency.org;

import static com.kuailv.emergency.common.security.Roles.ADMIN;
import static com.kuailv.emergency.common.security.Roles.BUSINESS;
import static com.kuailv.emergency.common.security.Roles.COMMANDER;
import static com.kuailv.emergency.common.security.Roles.COMMS;
import static com.kuailv.emergency.common.security.Roles.LOGISTICS;
import static com.kuailv.emergency.common.security.Roles.PROCUREMENT;
import static com.kuailv.emergency.common.security.Roles.REPORTER;
import static com.kuailv.emergency.common.security.Roles.SALES;
import static com.kuailv.emergency.common.security.Roles.TECH;
import static com.kuailv.emergency.common.security.Roles.WAREHOUSE;

import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.org.OrgApi.Contact;
import com.kuailv.emergency.org.OrgApi.Expert;
import com.kuailv.emergency.org.OrgApi.ExpertInput;
import com.kuailv.emergency.org.OrgApi.Group;
import com.kuailv.emergency.org.OrgApi.Member;
import com.kuailv.emergency.org.OrgApi.MembershipInput;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
  @RolesAllowed({
    COMMANDER,
    TECH,
    BUSINESS,
    PROCUREMENT,
    WAREHOUSE,
    LOGISTICS,
    SALES,
    COMMS,
    REPORTER,
    ADMIN
  })
  @Operation(operationId = "listGroups", summary = "The response groups, duties and members")
  public Uni<List<Group>> groups() {
    return org.groups();
  }

  @PUT
  @Path("groups/{code}/members")
  @RolesAllowed(ADMIN)
  @Operation(operationId = "putGroupMember", summary = "Add a person to a group (or change lead)")
  public Uni<Response> putMember(
      @PathParam("code") String code, @Valid @NotNull MembershipInput body) {
    return org.putMember(code, body.subject(), body.lead(), currentUser.actor())
        .replaceWith(Response.noContent().build());
  }

  @DELETE
  @Path("groups/{code}/members/{subject}")
  @RolesAllowed(ADMIN)
  @Operation(operationId = "removeGroupMember", summary = "Take a person out of a group")
  public Uni<Response> removeMember(
      @PathParam("code") String code, @PathParam("subject") String subject) {
    return org.removeMember(code, subject, currentUser.actor())
        .replaceWith(Response.noContent().build());
  }

  @GET
  @Path("people")
  @RolesAllowed({COMMANDER, TECH, BUSINESS, PROCUREMENT, WAREHOUSE, LOGISTICS, SALES, COMMS, ADMIN})
  @Operation(
      operationId = "listPeople",
      summary = "Everyone who has signed in, with groups and contact details")
  public Uni<List<Member>> people() {
    return org.people();
  }

  @PUT
  @Path("people/{subject}/contact")
  @RolesAllowed(ADMIN)
  @Operation(
      operationId = "putContact",
      summary = "Phone, e-mail, WeCom, DingTalk and Feishu ids of a person")
  public Uni<Contact> putContact(
      @PathParam("subject") String subject, @Valid @NotNull Contact body) {
    return org.putContact(subject, body, currentUser.actor());
  }

  @GET
  @Path("experts")
  @RolesAllowed({COMMANDER, TECH, BUSINESS, PROCUREMENT, WAREHOUSE, LOGISTICS, SALES, COMMS, ADMIN})
  @Operation(operationId = "listExperts", summary = "The expert directory, by skill substring")
  public Uni<List<Expert>> experts(@QueryParam("skill") String skill) {
    return org.experts(skill);
  }

  @PUT
  @Path("experts/{subject}")
  @RolesAllowed(ADMIN)
  @Operation(operationId = "putExpert", summary = "List a person as an expert with skill tags")
  public Uni<Response> putExpert(
      @PathParam("subject") String subject, @Valid @NotNull ExpertInput body) {
    return org.putExpert(subject, body, currentUser.actor())
        .replaceWith(Response.noContent().build());
  }
}
