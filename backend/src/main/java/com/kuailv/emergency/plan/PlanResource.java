package com.kuailv.emergency.plan;

import static com.kuailv.emergency.common.security.Permissions.PLAN_APPROVE;
import static com.kuailv.emergency.common.security.Permissions.PLAN_EDIT;
import static com.kuailv.emergency.common.security.Permissions.PLAN_READ;
import static com.kuailv.emergency.common.security.Permissions.PLAN_READ_PUBLISHED;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.text.LineDiff.DiffLine;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.plan.PlanApi.DraftInput;
import com.kuailv.emergency.plan.PlanApi.PlanDocument;
import com.kuailv.emergency.plan.PlanApi.PlanSummary;
import com.kuailv.emergency.plan.PlanApi.Rejection;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The emergency plan. Everyone signed in reads the published version; the command center and admins
 * draft; a commander other than the author approves; commanders and admins publish.
 */
@Path("/api/v1/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Emergency plan", description = "Versioned plan: draft, review, approve, publish")
public class PlanResource {
  private final PlanService plans;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;

  PlanResource(PlanService plans, CurrentUser currentUser, IdempotencyKeys keys) {
    this.plans = plans;
    this.currentUser = currentUser;
    this.keys = keys;
  }

  @GET
  @Path("published")
  @PermissionsAllowed(PLAN_READ_PUBLISHED)
  @Operation(operationId = "getPublishedPlan", summary = "The plan in force, with its sections")
  public Uni<PlanDocument> published() {
    return plans.published();
  }

  @GET
  @Path("versions")
  @PermissionsAllowed(PLAN_READ)
  @Operation(operationId = "listPlanVersions", summary = "Every version, newest first")
  public Uni<List<PlanSummary>> versions() {
    return plans.list();
  }

  @GET
  @Path("versions/{id}")
  @PermissionsAllowed(PLAN_READ)
  @Operation(operationId = "getPlanVersion", summary = "One version with its sections")
  public Uni<Response> version(@PathParam("id") long id) {
    return plans.get(id).map(PlanResource::withTag);
  }

  @GET
  @Path("versions/{id}/diff")
  @PermissionsAllowed(PLAN_READ)
  @Operation(
      operationId = "diffPlanVersions",
      summary = "Line changes from version 'from' to this one")
  public Uni<List<DiffLine>> diff(@PathParam("id") long id, @QueryParam("from") Long from) {
    if (from == null) {
      throw ProblemException.invalid("from", "required");
    }
    return plans.diff(from, id);
  }

  @POST
  @Path("versions")
  @PermissionsAllowed(PLAN_EDIT)
  @Operation(operationId = "draftPlanVersion", summary = "Start a new draft")
  public Uni<Response> draft(
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull DraftInput body) {
    return keys.once(
            idempotencyKey,
            currentUser.actor(),
            "draftPlanVersion",
            body,
            PlanDocument.class,
            () -> plans.createDraft(body, currentUser.actor()))
        .map(
            document ->
                Response.status(Response.Status.CREATED)
                    .entity(document)
                    .tag(IfMatch.etag(document.summary().version()))
                    .build());
  }

  @PUT
  @Path("versions/{id}")
  @PermissionsAllowed(PLAN_EDIT)
  @Operation(operationId = "editPlanDraft", summary = "Edit a draft; If-Match with its ETag")
  public Uni<Response> edit(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull DraftInput body) {
    long version = IfMatch.version(ifMatch);
    return plans.updateDraft(id, version, body, currentUser.actor()).map(PlanResource::withTag);
  }

  @POST
  @Path("versions/{id}/submit")
  @Consumes(MediaType.WILDCARD)
  @PermissionsAllowed(PLAN_EDIT)
  @Operation(operationId = "submitPlanVersion", summary = "Send a draft for review")
  public Uni<Response> submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    long version = IfMatch.version(ifMatch);
    return plans.submit(id, version, currentUser.actor()).map(PlanResource::withTag);
  }

  @POST
  @Path("versions/{id}/approve")
  @Consumes(MediaType.WILDCARD)
  @PermissionsAllowed(PLAN_APPROVE)
  @Operation(
      operationId = "approvePlanVersion",
      summary = "Approve a version in review; the author cannot approve their own")
  public Uni<Response> approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    long version = IfMatch.version(ifMatch);
    return plans.approve(id, version, currentUser.actor()).map(PlanResource::withTag);
  }

  @POST
  @Path("versions/{id}/reject")
  @PermissionsAllowed(PLAN_APPROVE)
  @Operation(operationId = "rejectPlanVersion", summary = "Send a version in review back to draft")
  public Uni<Response> reject(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull Rejection body) {
    long version = IfMatch.version(ifMatch);
    return plans.reject(id, version, body.reason(), currentUser.actor()).map(PlanResource::withTag);
  }

  @POST
  @Path("versions/{id}/publish")
  @Consumes(MediaType.WILDCARD)
  @PermissionsAllowed(PLAN_EDIT)
  @Operation(
      operationId = "publishPlanVersion",
      summary = "Publish an approved version; the one before is superseded")
  public Uni<Response> publish(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    long version = IfMatch.version(ifMatch);
    return plans.publish(id, version, currentUser.actor()).map(PlanResource::withTag);
  }

  private static Response withTag(PlanDocument document) {
    return Response.ok(document).tag(IfMatch.etag(document.summary().version())).build();
  }
}
