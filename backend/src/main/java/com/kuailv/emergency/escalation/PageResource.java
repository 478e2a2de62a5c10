package com.kuailv.emergency.escalation;

import static com.kuailv.emergency.common.security.Permissions.PAGE_ACKNOWLEDGE;

import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.escalation.EscalationApi.PageView;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation")
public class PageResource {
  private final PageService pages;
  private final CurrentUser currentUser;

  PageResource(PageService pages, CurrentUser currentUser) {
    this.pages = pages;
    this.currentUser = currentUser;
  }

  @GET
  @Path("{token}")
  @PermissionsAllowed(PAGE_ACKNOWLEDGE)
  @Operation(
      operationId = "getPage",
      summary = "What a page's link was for: the incident, who was paged with you")
  public Uni<PageView> get(@PathParam("token") String token) {
    return pages.view(token, currentUser.actor());
  }

  @POST
  @Path("{token}/acknowledge")
  @PermissionsAllowed(PAGE_ACKNOWLEDGE)
  @Operation(
      operationId = "acknowledgePage",
      summary = "Acknowledge your page (single use): paging stops; commander or tech also acks")
  public Uni<PageView> acknowledge(@PathParam("token") String token) {
    return pages.acknowledge(token, currentUser.actor());
  }
}
