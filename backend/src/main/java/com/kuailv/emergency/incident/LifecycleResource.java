package com.kuailv.emergency.incident;

import static com.kuailv.emergency.common.security.Permissions.INCIDENT_ACKNOWLEDGE;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_ACTIVATE;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_ASSESS;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_CANCEL;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_GRADE;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_MITIGATE;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_RESOLVE;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_REVIEW;

import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.incident.GradingApi.AssessIncident;
import com.kuailv.emergency.incident.GradingApi.ConfirmGrade;
import com.kuailv.emergency.incident.GradingApi.Regrade;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.ResponseApi.ActivateResponse;
import com.kuailv.emergency.incident.ResponseApi.CancelIncident;
import com.kuailv.emergency.incident.ResponseApi.Mitigate;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lifecycle actions; each takes If-Match with the version the caller last read, and an optional
 * Idempotency-Key: a repeat of the same action at the same version (a second tap) answers the first
 * result instead of a conflict.
 */
@Path("/api/v1/incidents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Incident lifecycle",
    description = "Report → assess → respond → verify → resolve → review")
public class LifecycleResource {
  private final IncidentLifecycle lifecycle;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;
  private final IncidentListModel list;

  LifecycleResource(
      IncidentLifecycle lifecycle,
      CurrentUser currentUser,
      IdempotencyKeys keys,
      IncidentListModel list) {
    this.lifecycle = lifecycle;
    this.currentUser = currentUser;
    this.keys = keys;
    this.list = list;
  }

  @POST
  @Path("acknowledge")
  @PermissionsAllowed(INCIDENT_ACKNOWLEDGE)
  @Operation(operationId = "acknowledgeIncident", summary = "REPORTED → ASSESSING")
  public Uni<Response> acknowledge(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey) {
    return once(
        idempotencyKey,
        "acknowledgeIncident",
        id,
        ifMatch,
        null,
        () -> lifecycle.acknowledge(id, IfMatch.version(ifMatch), currentUser.actor()));
  }

  @POST
  @Path("assess")
  @PermissionsAllowed(INCIDENT_ASSESS)
  @Operation(
      operationId = "assessIncident",
      summary = "Record a structured assessment; the grading assistant proposes a grade")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> assess(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull AssessIncident body) {
    return once(
        idempotencyKey,
        "assessIncident",
        id,
        ifMatch,
        body,
        () -> lifecycle.assess(id, IfMatch.version(ifMatch), body, currentUser.actor()));
  }

  @POST
  @Path("grade")
  @PermissionsAllowed(INCIDENT_GRADE)
  @Operation(
      operationId = "gradeIncident",
      summary = "The commander confirms or overrides the grade")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> grade(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull ConfirmGrade body) {
    return once(
        idempotencyKey,
        "gradeIncident",
        id,
        ifMatch,
        body,
        () -> lifecycle.confirmGrade(id, IfMatch.version(ifMatch), body, currentUser.actor()));
  }

  @POST
  @Path("activate")
  @PermissionsAllowed(INCIDENT_ACTIVATE)
  @Operation(
      operationId = "activateResponse",
      summary = "ASSESSING → RESPONDING: apply the response matrix, assign roles, create tasks")
  public Uni<Response> activate(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid ActivateResponse body) {
    return once(
        idempotencyKey,
        "activateResponse",
        id,
        ifMatch,
        body,
        () -> lifecycle.activate(id, IfMatch.version(ifMatch), body, currentUser.actor()));
  }

  @POST
  @Path("regrade")
  @PermissionsAllowed(INCIDENT_GRADE)
  @Operation(operationId = "regradeIncident", summary = "Change the grade of an active response")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> regrade(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull Regrade body) {
    return once(
        idempotencyKey,
        "regradeIncident",
        id,
        ifMatch,
        body,
        () -> lifecycle.regrade(id, IfMatch.version(ifMatch), body, currentUser.actor()));
  }

  @POST
  @Path("mitigate")
  @PermissionsAllowed(INCIDENT_MITIGATE)
  @Operation(
      operationId = "mitigateIncident",
      summary = "RESPONDING → VERIFYING: the fix is in; the recovery checklist starts")
  public Uni<Response> mitigate(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid Mitigate body) {
    return once(
        idempotencyKey,
        "mitigateIncident",
        id,
        ifMatch,
        body,
        () -> lifecycle.mitigate(id, IfMatch.version(ifMatch), body, currentUser.actor()));
  }

  @POST
  @Path("resolve")
  @PermissionsAllowed(INCIDENT_RESOLVE)
  @Operation(
      operationId = "resolveIncident",
      summary = "VERIFYING → RESOLVED: every check passed and no critical task open")
  public Uni<Response> resolve(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey) {
    return once(
        idempotencyKey,
        "resolveIncident",
        id,
        ifMatch,
        null,
        () -> lifecycle.resolve(id, IfMatch.version(ifMatch), currentUser.actor()));
  }

  @POST
  @Path("review")
  @PermissionsAllowed(INCIDENT_REVIEW)
  @Operation(operationId = "reviewIncident", summary = "RESOLVED → REVIEWED: needs a postmortem")
  public Uni<Response> review(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey) {
    return once(
        idempotencyKey,
        "reviewIncident",
        id,
        ifMatch,
        null,
        () -> lifecycle.review(id, IfMatch.version(ifMatch), currentUser.actor()));
  }

  @POST
  @Path("cancel")
  @PermissionsAllowed(INCIDENT_CANCEL)
  @Operation(
      operationId = "cancelIncident",
      summary = "Any active state → CANCELLED, with a reason")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> cancel(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull CancelIncident body) {
    return once(
        idempotencyKey,
        "cancelIncident",
        id,
        ifMatch,
        body,
        () -> lifecycle.cancel(id, IfMatch.version(ifMatch), body.reason(), currentUser.actor()));
  }

  /**
   * Runs the action once per Idempotency-Key: a repeat with the same key, version and body answers
   * the first result (see {@link IdempotencyKeys#once}).
   */
  private Uni<Response> once(
      String key,
      String operation,
      long id,
      String ifMatch,
      Object body,
      Supplier<Uni<IncidentView>> action) {
    return answer(
        keys.once(
            key,
            currentUser.actor(),
            operation,
            Arrays.asList(id, ifMatch, body),
            IncidentView.class,
            action));
  }

  private Uni<Response> answer(Uni<IncidentView> changed) {
    return changed
        .invoke(list::committed)
        .map(incident -> Response.ok(incident).tag(IfMatch.etag(incident.version())).build());
  }
}
