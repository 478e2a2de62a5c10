package com.kuailv.emergency.risk;

import static com.kuailv.emergency.common.security.Permissions.RISK_CONFIGURE;
import static com.kuailv.emergency.common.security.Permissions.RISK_READ;
import static com.kuailv.emergency.common.security.Permissions.RISK_WRITE;

import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.risk.RiskApi.Band;
import com.kuailv.emergency.risk.RiskApi.Bands;
import com.kuailv.emergency.risk.RiskApi.Category;
import com.kuailv.emergency.risk.RiskApi.HeatCell;
import com.kuailv.emergency.risk.RiskApi.Link;
import com.kuailv.emergency.risk.RiskApi.LinkInput;
import com.kuailv.emergency.risk.RiskApi.LinkKind;
import com.kuailv.emergency.risk.RiskApi.RiskInput;
import com.kuailv.emergency.risk.RiskApi.RiskView;
import com.kuailv.emergency.risk.RiskApi.Status;
import com.kuailv.emergency.risk.RiskApi.SubType;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The risk register. Everyone on a response team reads it; leads and admins keep it. */
@Path("/api/v1/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risks", description = "Risk register, heat map and score bands")
public class RiskResource {
  private final RiskService risks;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;

  RiskResource(RiskService risks, CurrentUser currentUser, IdempotencyKeys keys) {
    this.risks = risks;
    this.currentUser = currentUser;
    this.keys = keys;
  }

  @GET
  @PermissionsAllowed(RISK_READ)
  @Operation(operationId = "listRisks", summary = "Risks, highest score first, filtered")
  public Uni<List<RiskView>> list(
      @QueryParam("category") Category category,
      @QueryParam("subType") SubType subType,
      @QueryParam("status") Status status,
      @QueryParam("band") String band,
      @QueryParam("overdue") Boolean overdue) {
    return risks.list(new RiskService.Filter(category, subType, status, band, overdue));
  }

  @GET
  @Path("heat-map")
  @PermissionsAllowed(RISK_READ)
  @Operation(
      operationId = "riskHeatMap",
      summary = "Risks not closed per likelihood x impact cell (25 cells, likelihood 5 first)")
  public Uni<List<HeatCell>> heatMap() {
    return risks.heatMap();
  }

  @GET
  @Path("{id}")
  @PermissionsAllowed(RISK_READ)
  @Operation(operationId = "getRisk", summary = "A risk with its links and score history")
  public Uni<Response> get(@PathParam("id") long id) {
    return risks
        .get(id)
        .map(detail -> Response.ok(detail).tag(IfMatch.etag(detail.risk().version())).build());
  }

  @POST
  @PermissionsAllowed(RISK_WRITE)
  @Operation(operationId = "createRisk", summary = "Register a risk")
  public Uni<Response> create(
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull RiskInput body) {
    return keys.once(
            idempotencyKey,
            currentUser.actor(),
            "createRisk",
            body,
            RiskView.class,
            () -> risks.create(body, currentUser.actor()))
        .map(
            risk ->
                Response.status(Response.Status.CREATED)
                    .entity(risk)
                    .tag(IfMatch.etag(risk.version()))
                    .build());
  }

  @PUT
  @Path("{id}")
  @PermissionsAllowed(RISK_WRITE)
  @Operation(
      operationId = "updateRisk",
      summary = "Change a risk; If-Match with its ETag (412 if someone changed it meanwhile)")
  public Uni<Response> update(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull RiskInput body) {
    long version = IfMatch.version(ifMatch);
    return risks
        .update(id, version, body, currentUser.actor())
        .map(risk -> Response.ok(risk).tag(IfMatch.etag(risk.version())).build());
  }

  @POST
  @Path("{id}/links")
  @PermissionsAllowed(RISK_WRITE)
  @Operation(
      operationId = "linkRisk",
      summary = "Link the risk to an incident, drill, runbook or safeguard")
  public Uni<Link> link(@PathParam("id") long id, @Valid @NotNull LinkInput body) {
    return risks.link(id, body, currentUser.actor());
  }

  @DELETE
  @Path("{id}/links/{kind}/{targetId}")
  @PermissionsAllowed(RISK_WRITE)
  @Operation(operationId = "unlinkRisk", summary = "Remove a link")
  public Uni<Response> unlink(
      @PathParam("id") long id,
      @PathParam("kind") LinkKind kind,
      @PathParam("targetId") long targetId) {
    return risks
        .unlink(id, kind, targetId, currentUser.actor())
        .replaceWith(Response.noContent().build());
  }

  @GET
  @Path("bands")
  @PermissionsAllowed(RISK_READ)
  @Operation(operationId = "listRiskBands", summary = "Score bands, lowest first")
  public Uni<List<Band>> bands() {
    return risks.bands();
  }

  @PUT
  @Path("bands")
  @PermissionsAllowed(RISK_CONFIGURE)
  @Operation(
      operationId = "replaceRiskBands",
      summary = "Replace the score bands; they must cover 1 to 25 without gaps or overlaps")
  public Uni<List<Band>> replaceBands(@Valid @NotNull Bands body) {
    return risks.replaceBands(body.bands(), currentUser.actor());
  }
}
