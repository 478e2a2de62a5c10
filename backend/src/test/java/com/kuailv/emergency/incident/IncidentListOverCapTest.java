package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.kuailv.emergency.testing.Await;
import com.kuailv.emergency.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Above its row limit the in-memory list steps aside and the database answers, correctly. */
@QuarkusTest
@TestProfile(IncidentListOverCapTest.OneRow.class)
class IncidentListOverCapTest {
  /** A model that may hold one incident only. */
  public static class OneRow implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("kuailv.incidents.list-model.max-rows", "1");
    }
  }

  @Inject IncidentListModel model;
  @Inject Db db;

  @Test
  void theDatabaseAnswersWhenThereAreMoreIncidentsThanTheModelHolds() throws InterruptedException {
    long first =
        IncidentResourceTest.post(Flow.COMMANDER, IncidentResourceTest.report("超出上限 1"))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long second =
        IncidentResourceTest.post(Flow.COMMANDER, IncidentResourceTest.report("超出上限 2"))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    model.reloadAll();
    IncidentFilter everything = new IncidentFilter(Set.of(), Set.of(), Set.of(), null, null, null);
    Await.until(
        "the model to step aside",
        () -> model.page(everything, IncidentSort.REPORTED_DESC, 0, 20) == null);
    long total = db.count("incident");
    given()
        .auth()
        .oauth2(Flow.COMMANDER)
        .get("/api/v1/incidents?size=100")
        .then()
        .statusCode(200)
        .body("total", equalTo((int) total))
        .body("items.id", hasItem((int) first))
        .body("items.id", hasItem((int) second))
        .body("items[0].id", equalTo((int) Math.max(first, second)));
  }
}
