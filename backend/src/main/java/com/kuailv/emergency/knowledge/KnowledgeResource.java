package com.kuailv.emergency.knowledge;

import static com.kuailv.emergency.common.security.Permissions.KNOWLEDGE_READ;
import static com.kuailv.emergency.common.security.Permissions.KNOWLEDGE_WRITE;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.text.LineDiff.DiffLine;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.knowledge.KnowledgeApi.Article;
import com.kuailv.emergency.knowledge.KnowledgeApi.ArticleInput;
import com.kuailv.emergency.knowledge.KnowledgeApi.Kind;
import com.kuailv.emergency.knowledge.KnowledgeApi.VersionInfo;
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

/** Runbooks and fallback procedures: every member of staff reads them; the teams keep them. */
@Path("/api/v1/knowledge/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge base", description = "Runbooks and business fallback procedures")
public class KnowledgeResource {
  private final KnowledgeService knowledge;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;

  KnowledgeResource(KnowledgeService knowledge, CurrentUser currentUser, IdempotencyKeys keys) {
    this.knowledge = knowledge;
    this.currentUser = currentUser;
    this.keys = keys;
  }

  @GET
  @PermissionsAllowed(KNOWLEDGE_READ)
  @Operation(
      operationId = "searchArticles",
      summary = "Articles containing every word of q (Chinese substrings work), title hits first")
  public Uni<List<Article>> search(
      @QueryParam("q") String q,
      @QueryParam("kind") Kind kind,
      @QueryParam("category") String category) {
    if (q != null && q.length() > 200) {
      throw ProblemException.invalid("q", "max-chars", 200);
    }
    return knowledge.search(q, kind, category == null || category.isBlank() ? null : category);
  }

  @GET
  @Path("{id}")
  @PermissionsAllowed(KNOWLEDGE_READ)
  @Operation(operationId = "getArticle", summary = "An article, its ETag the version")
  public Uni<Response> get(@PathParam("id") long id) {
    return knowledge
        .get(id)
        .map(article -> Response.ok(article).tag(IfMatch.etag(article.version())).build());
  }

  @POST
  @PermissionsAllowed(KNOWLEDGE_WRITE)
  @Operation(operationId = "createArticle", summary = "Write a runbook or fallback procedure")
  public Uni<Response> create(
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull ArticleInput body) {
    return keys.once(
            idempotencyKey,
            currentUser.actor(),
            "createArticle",
            body,
            Article.class,
            () -> knowledge.create(body, currentUser.actor()))
        .map(
            article ->
                Response.status(Response.Status.CREATED)
                    .entity(article)
                    .tag(IfMatch.etag(article.version()))
                    .build());
  }

  @PUT
  @Path("{id}")
  @PermissionsAllowed(KNOWLEDGE_WRITE)
  @Operation(
      operationId = "updateArticle",
      summary = "Edit an article (a new version); If-Match with its ETag")
  public Uni<Response> update(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ArticleInput body) {
    long version = IfMatch.version(ifMatch);
    return knowledge
        .update(id, version, body, currentUser.actor())
        .map(article -> Response.ok(article).tag(IfMatch.etag(article.version())).build());
  }

  @GET
  @Path("{id}/versions")
  @PermissionsAllowed(KNOWLEDGE_READ)
  @Operation(operationId = "listArticleVersions", summary = "Every version, newest first")
  public Uni<List<VersionInfo>> versions(@PathParam("id") long id) {
    return knowledge.versions(id);
  }

  @GET
  @Path("{id}/versions/{version}")
  @PermissionsAllowed(KNOWLEDGE_READ)
  @Operation(operationId = "getArticleVersion", summary = "One version as it was")
  public Uni<Article> version(@PathParam("id") long id, @PathParam("version") long version) {
    return knowledge.version(id, version);
  }

  @GET
  @Path("{id}/diff")
  @PermissionsAllowed(KNOWLEDGE_READ)
  @Operation(operationId = "diffArticle", summary = "Line changes from one version to another")
  public Uni<List<DiffLine>> diff(
      @PathParam("id") long id, @QueryParam("from") Long from, @QueryParam("to") Long to) {
    if (from == null) {
      throw ProblemException.invalid("from", "required");
    }
    if (to == null) {
      throw ProblemException.invalid("to", "required");
    }
    return knowledge.diff(id, from, to);
  }
}
