package com.kuailv.emergency.audit;

import static com.kuailv.emergency.common.security.Permissions.AUDIT_READ;

import com.kuailv.emergency.audit.AuditService.AuditEntry;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.web.Languages;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when, from what to what")
public class AuditResource {
  private final AuditService audit;

  AuditResource(AuditService audit) {
    this.audit = audit;
  }

  @GET
  @PermissionsAllowed(AUDIT_READ)
  @Operation(
      operationId = "listAudit",
      summary = "Audit entries, newest first; page with 'before' = the last id you have")
  public Uni<List<AuditEntry>> list(
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("before") Long before,
      @QueryParam("limit") Integer limit,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    int size = limit == null ? 50 : limit;
    if (size < 1 || size > 200) {
      throw ProblemException.invalid("limit", "between", 1, 200);
    }
    return audit.list(
        blankToNull(entityType),
        blankToNull(entityId),
        before == null ? Long.MAX_VALUE : before,
        size,
        Languages.prefersEnglish(language));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
