package com.kuailv.emergency.incident;

import static com.kuailv.emergency.common.security.Permissions.INCIDENT_NOTE;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_READ;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_READ_WORK;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_STATUS_UPDATE;
import static com.kuailv.emergency.common.security.Permissions.POSTMORTEM_WRITE;
import static com.kuailv.emergency.common.security.Permissions.TASK_CREATE;
import static com.kuailv.emergency.common.security.Permissions.TASK_UPDATE;
import static com.kuailv.emergency.common.security.Permissions.VERIFICATION_SIGN_OFF;

import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.incident.GradingApi.AssessmentView;
import com.kuailv.emergency.incident.IncidentApi.TimelineEntryView;
import com.kuailv.emergency.incident.ResponseApi.AddNote;
import com.kuailv.emergency.incident.ResponseApi.PostStatusUpdate;
import com.kuailv.emergency.incident.ResponseApi.RoleView;
import com.kuailv.emergency.incident.ResponseApi.StatusUpdateView;
import com.kuailv.emergency.incident.ReviewApi.ActionView;
import com.kuailv.emergency.incident.ReviewApi.FileAction;
import com.kuailv.emergency.incident.ReviewApi.WritePostmortem;
import com.kuailv.emergency.incident.WorkApi.CreateTask;
import com.kuailv.emergency.incident.WorkApi.SignOff;
import com.kuailv.emergency.incident.WorkApi.TaskView;
import com.kuailv.emergency.incident.WorkApi.VerificationView;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Notes, tasks, verification, roles and review of one incident. */
@Path("/api/v1/incidents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incident response work")
public class WorkResource {
  private final ResponseWork work;
  private final IncidentReview review;
  private final StatusUpdates statusUpdates;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;

  WorkResource(
      ResponseWork work,
      IncidentReview review,
      StatusUpdates statusUpdates,
      CurrentUser currentUser,
      IdempotencyKeys keys) {
    this.work = work;
    this.review = review;
    this.statusUpdates = statusUpdates;
    this.currentUser = currentUser;
    this.keys = keys;
  }

  @POST
  @Path("notes")
  @ResponseStatus(201)
  @PermissionsAllowed(INCIDENT_NOTE)
  @APIResponse(responseCode = "201", description = "Created")
  @Operation(operationId = "addNote", summary = "Add a note to the timeline")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<TimelineEntryView> addNote(
      @PathParam("id") long id,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull AddNote body) {
    return keys.once(
        idempotencyKey,
        currentUser.actor(),
        "addNote",
        Arrays.asList(id, body),
        TimelineEntryView.class,
        () -> work.addNote(id, body.text(), currentUser.actor()));
  }

  @GET
  @Path("status-updates")
  @PermissionsAllowed(INCIDENT_READ)
  @Operation(
      operationId = "listStatusUpdates",
      summary = "The incident's status updates, newest first")
  public Uni<List<StatusUpdateView>> listStatusUpdates(@PathParam("id") long id) {
    return statusUpdates.list(id);
  }

  @POST
  @Path("status-updates")
  @ResponseStatus(201)
  @PermissionsAllowed(INCIDENT_STATUS_UPDATE)
  @APIResponse(responseCode = "201", description = "Created")
  @Operation(
      operationId = "postStatusUpdate",
      summary =
          "Post a structured internal update (state, impact, next steps, next update time); it is"
              + " sent to the groups and restarts the update clock")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<StatusUpdateView> postStatusUpdate(
      @PathParam("id") long id,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull PostStatusUpdate body) {
    return keys.once(
        idempotencyKey,
        currentUser.actor(),
        "postStatusUpdate",
        Arrays.asList(id, body),
        StatusUpdateView.class,
        () -> statusUpdates.post(id, body, currentUser.actor()));
  }

  @GET
  @Path("tasks")
  @PermissionsAllowed(INCIDENT_READ)
  @Operation(operationId = "listTasks", summary = "The incident's tasks; overdue ones are marked")
  public Uni<List<TaskView>> listTasks(@PathParam("id") long id) {
    return work.listTasks(id);
  }

  @POST
  @Path("tasks")
  @ResponseStatus(201)
  @PermissionsAllowed(TASK_CREATE)
  @APIResponse(responseCode = "201", description = "Created")
  @Operation(operationId = "createTask", summary = "Add a technical action or business fallback")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<TaskView> createTask(
      @PathParam("id") long id,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull CreateTask body) {
    return keys.once(
        idempotencyKey,
        currentUser.actor(),
        "createTask",
        Arrays.asList(id, body),
        TaskView.class,
        () -> work.createTask(id, body, currentUser.actor()));
  }

  @POST
  @Path("tasks/{taskId}/start")
  @PermissionsAllowed(TASK_UPDATE)
  @Operation(
      operationId = "startTask",
      summary = "OPEN → IN_PROGRESS; by the task's owner, its group or the commander")
  public Uni<TaskView> startTask(@PathParam("id") long id, @PathParam("taskId") long taskId) {
    return work.startTask(id, taskId, currentUser.actor());
  }

  @POST
  @Path("tasks/{taskId}/complete")
  @PermissionsAllowed(TASK_UPDATE)
  @Operation(
      operationId = "completeTask",
      summary = "→ DONE; by the task's owner, its group or the commander")
  public Uni<TaskView> completeTask(@PathParam("id") long id, @PathParam("taskId") long taskId) {
    return work.completeTask(id, taskId, currentUser.actor());
  }

  @GET
  @Path("verification")
  @PermissionsAllowed(INCIDENT_READ)
  @Operation(operationId = "listVerification", summary = "The recovery checklist")
  public Uni<List<VerificationView>> listVerification(@PathParam("id") long id) {
    return work.listVerification(id);
  }

  @POST
  @Path("verification/{itemId}/sign-off")
  @PermissionsAllowed(VERIFICATION_SIGN_OFF)
  @Operation(
      operationId = "signOffVerification",
      summary = "Pass or fail one check; only its owning group may")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<VerificationView> signOff(
      @PathParam("id") long id, @PathParam("itemId") long itemId, @Valid @NotNull SignOff body) {
    return work.signOff(id, itemId, body, currentUser.actor());
  }

  @GET
  @Path("roles")
  @PermissionsAllowed(INCIDENT_READ_WORK)
  @Operation(operationId = "listIncidentRoles", summary = "Who holds which incident role")
  public Uni<List<RoleView>> listRoles(@PathParam("id") long id) {
    return work.listRoles(id);
  }

  @GET
  @Path("assessment")
  @PermissionsAllowed(INCIDENT_READ_WORK)
  @Operation(operationId = "getAssessment", summary = "The latest assessment and proposed grade")
  public Uni<AssessmentView> getAssessment(@PathParam("id") long id) {
    return work.latestAssessment(id);
  }

  @PUT
  @Path("postmortem")
  @PermissionsAllowed(POSTMORTEM_WRITE)
  @Operation(operationId = "writePostmortem", summary = "Write or rewrite the postmortem")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> writePostmortem(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull WritePostmortem body) {
    Long version = ifMatch == null ? null : IfMatch.version(ifMatch);
    return review
        .writePostmortem(id, version, body, currentUser.actor())
        .map(written -> Response.ok(written).tag(IfMatch.etag(written.version())).build());
  }

  @GET
  @Path("postmortem")
  @PermissionsAllowed(INCIDENT_READ_WORK)
  @Operation(operationId = "getPostmortem", summary = "The postmortem with the timeline")
  public Uni<Response> getPostmortem(@PathParam("id") long id) {
    return review
        .getPostmortem(id)
        .map(found -> Response.ok(found).tag(IfMatch.etag(found.version())).build());
  }

  @POST
  @Path("actions")
  @ResponseStatus(201)
  @PermissionsAllowed(POSTMORTEM_WRITE)
  @APIResponse(responseCode = "201", description = "Created")
  @Operation(operationId = "fileImprovementAction", summary = "File an improvement action")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ActionView> fileAction(
      @PathParam("id") long id,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull FileAction body) {
    return keys.once(
        idempotencyKey,
        currentUser.actor(),
        "fileImprovementAction",
        Arrays.asList(id, body),
        ActionView.class,
        () -> review.fileAction(id, body, currentUser.actor()));
  }
}
