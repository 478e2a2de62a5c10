package com.kuailv.emergency.incident;

import static com.kuailv.emergency.common.security.Permissions.RESPONSE_MATRIX_READ;
import static com.kuailv.emergency.common.security.Permissions.RESPONSE_MATRIX_WRITE;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.incident.MatrixApi.MatrixView;
import com.kuailv.emergency.incident.MatrixApi.UpdateMatrix;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/response-matrix")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Response matrix", description = "What each grade sets in motion")
public class ResponseMatrixResource {
  private final ResponseMatrixService matrix;

  private final CurrentUser currentUser;

  ResponseMatrixResource(ResponseMatrixService matrix, CurrentUser currentUser) {
    this.matrix = matrix;
    this.currentUser = currentUser;
  }

  @GET
  @PermissionsAllowed(RESPONSE_MATRIX_READ)
  @Operation(
      operationId = "listResponseMatrix",
      summary = "The response matrix, one entry per grade")
  public Uni<List<MatrixView>> list() {
    return matrix.listMatrix();
  }

  @PUT
  @Path("{grade}")
  @PermissionsAllowed(RESPONSE_MATRIX_WRITE)
  @Operation(operationId = "updateResponseMatrixEntry", summary = "Change what a grade mobilizes")
  public Uni<Response> update(
      @PathParam("grade") String grade,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UpdateMatrix body) {
    Grade parsed;
    try {
      parsed = Grade.valueOf(grade);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Response matrix entry", grade);
    }
    return matrix
        .updateEntry(parsed, IfMatch.version(ifMatch), body, currentUser.actor())
        .map(entry -> Response.ok(entry).tag(IfMatch.etag(entry.version())).build());
  }
}
