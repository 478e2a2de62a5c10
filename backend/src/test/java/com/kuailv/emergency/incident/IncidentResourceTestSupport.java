package com.kuailv.emergency.incident;

import com.kuailv.emergency.testing.Tokens;

/** Lets tests of other packages create an incident through the API. */
public final class IncidentResourceTestSupport {
  private IncidentResourceTestSupport() {}

  public static long reportOne() {
    return IncidentResourceTest.post(
            Tokens.forUser("reporter", "reporter"), IncidentResourceTest.report("辅助用例"))
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
