package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.common.paging.PageResponse;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.testing.Await;
import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.OnVertx;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The in-memory incident list answers exactly what the database would, follows changes committed by
 * any replica (heard through NOTIFY), and shows a caller's own change in their next read.
 */
@QuarkusTest
class IncidentListModelTest {
  static final String COMMANDER = Tokens.forUser("cmd-list", "commander");

  @Inject IncidentListModel model;
  @Inject IncidentRepository repository;
  @Inject Db db;
  @Inject ObjectMapper json;

  @Test
  void everyPageFromMemoryEqualsTheDatabasesPage() throws InterruptedException {
    // Rows of every kind, changed behind the application's back as another replica would.
    for (int i = 0; i < 12; i++) {
      IncidentResourceTest.post(COMMANDER, IncidentResourceTest.report("内存列表 " + i))
          .statusCode(201);
    }
    db.execute(
        "update incident set status = (array['ASSESSING','RESPONDING','RESOLVED'])[1 + id % 3],"
            + " grade = (array['GENERAL','SERIOUS','MAJOR'])[1 + id % 3],"
            + " category = (array['SYSTEM_CRASH','NETWORK_FAILURE','OTHER'])[1 + id % 4 % 3],"
            + " occurred_at = occurred_at - (id % 7) * interval '1 hour', version = version + 1"
            + " where title like '内存列表 %' and id % 2 = 0");
    long changedId = db.first("select max(id) from incident where id % 2 = 0").getLong(0);
    long changedVersion =
        db.first("select version from incident where id = " + changedId).getLong(0);
    Await.until(
        "the model to hear the change",
        () ->
            model.page(everything(), IncidentSort.REPORTED_DESC, 0, 100).items().stream()
                .anyMatch(i -> i.id() == changedId && i.version() == changedVersion));

    Instant now = Instant.now();
    List<IncidentFilter> filters =
        List.of(
            everything(),
            new IncidentFilter(
                EnumSet.of(IncidentStatus.RESPONDING), Set.of(), Set.of(), null, null, null),
            new IncidentFilter(
                EnumSet.of(IncidentStatus.REPORTED, IncidentStatus.ASSESSING),
                Set.of(),
                Set.of(),
                null,
                null,
                null),
            new IncidentFilter(Set.of(), EnumSet.of(Grade.SERIOUS), Set.of(), null, null, null),
            new IncidentFilter(
                Set.of(), Set.of(), EnumSet.of(IncidentCategory.NETWORK_FAILURE), null, null, null),
            new IncidentFilter(
                Set.of(), Set.of(), Set.of(), now.minus(1, ChronoUnit.HOURS), now, null),
            new IncidentFilter(
                Set.of(), Set.of(), Set.of(), null, null, Tokens.subjectOf("cmd-list")));
    int compared = 0;
    for (IncidentFilter filter : filters) {
      for (IncidentSort sort : IncidentSort.values()) {
        for (int[] pageAndSize : new int[][] {{0, 5}, {1, 5}, {0, 100}, {3, 7}, {1000, 20}}) {
          int page = pageAndSize[0];
          int size = pageAndSize[1];
          assertNotNull(model.page(filter, sort, page, size), "the model answers once loaded");
          // Other tests' background work may commit meanwhile: the two agree once it is heard.
          String what = filter + " " + sort + " " + page + "/" + size;
          try {
            Await.until(
                what,
                () ->
                    database(filter, sort, page, size)
                        .equals(model.page(filter, sort, page, size)));
          } catch (AssertionError timedOut) {
            assertEquals(
                database(filter, sort, page, size), model.page(filter, sort, page, size), what);
          }
          compared++;
        }
      }
    }
    assertEquals(7 * 4 * 5, compared);
  }

  @Test
  void theListAnswersThePageFromMemoryAsTheDatabasesPageInJson() throws InterruptedException {
    IncidentResourceTest.post(COMMANDER, IncidentResourceTest.report("JSON 一致")).statusCode(201);
    IncidentFilter reported =
        new IncidentFilter(
            EnumSet.of(IncidentStatus.REPORTED), Set.of(), Set.of(), null, null, null);
    Await.until(
        "the answer written from memory to equal the database's page",
        () -> answersTheDatabasesPage(reported) && answersTheDatabasesPage(reported));
    assertNotNull(model.pageJson(reported, IncidentSort.OCCURRED_ASC, 0, 7));
    // The same state of the list answers the very bytes it wrote the first time.
    Await.until(
        "the page's JSON written once",
        () ->
            model.pageJson(reported, IncidentSort.OCCURRED_ASC, 0, 7)
                == model.pageJson(reported, IncidentSort.OCCURRED_ASC, 0, 7));
  }

  @Test
  void aRowChangedElsewhereShowsOnceItsNotifyIsHeard() throws InterruptedException {
    long id =
        IncidentResourceTest.post(COMMANDER, IncidentResourceTest.report("别处修改前"))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    db.execute("update incident set title = '别处修改后', version = version + 1 where id = " + id);
    Await.until(
        "the changed title in the list",
        () ->
            model.page(everything(), IncidentSort.REPORTED_DESC, 0, 100).items().stream()
                .anyMatch(i -> i.id() == id && i.title().equals("别处修改后")));
  }

  @Test
  void aCallersOwnChangeIsInTheirVeryNextRead() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long id =
          IncidentResourceTest.post(COMMANDER, IncidentResourceTest.report("立刻可见 " + i))
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id");
      ids.add(id);
      list("").body("items.id", hasItem((int) id));
      given()
          .auth()
          .oauth2(COMMANDER)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .post("/api/v1/incidents/" + id + "/acknowledge")
          .then()
          .statusCode(200);
      list("&status=ASSESSING").body("items.id", hasItem((int) id));
    }
    assertEquals(5, ids.size());
  }

  /** The second time a page is read, it is the JSON written for the first. */
  private boolean answersTheDatabasesPage(IncidentFilter reported) {
    String body =
        given()
            .auth()
            .oauth2(COMMANDER)
            .get("/api/v1/incidents?size=7&page=0&status=REPORTED&sort=occurredAt,asc")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .asString();
    try {
      String expected =
          json.writeValueAsString(database(reported, IncidentSort.OCCURRED_ASC, 0, 7));
      return json.readTree(body).equals(json.readTree(expected));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static io.restassured.response.ValidatableResponse list(String query) {
    return given()
        .auth()
        .oauth2(COMMANDER)
        .get("/api/v1/incidents?size=100" + query)
        .then()
        .statusCode(200);
  }

  private PageResponse<IncidentView> database(
      IncidentFilter filter, IncidentSort sort, int page, int size) {
    List<IncidentView> items =
        OnVertx.await(() -> repository.findPage(filter, sort.sort, page, size)).stream()
            .map(IncidentMapper::toView)
            .toList();
    long total = OnVertx.await(() -> repository.countWith(filter));
    return new PageResponse<>(items, page, size, total);
  }

  private static IncidentFilter everything() {
    return new IncidentFilter(Set.of(), Set.of(), Set.of(), null, null, null);
  }
}
