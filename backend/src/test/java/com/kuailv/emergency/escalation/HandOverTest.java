package com.kuailv.emergency.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.incident.Flow;
import com.kuailv.emergency.notification.LoopbackChat;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * At a shift change the incoming on-duty person is @-mentioned in the group's chat with what is
 * still open, once however often the roster is looked at; nobody coming on duty tells nobody.
 */
@QuarkusTest
class HandOverTest {
  static final String ADMIN = Tokens.forUser("handover-admin", "admin", "reporter");
  static final String DRIVER = Tokens.forUser("handover-driver", "business", "logistics");

  @Inject HandOvers handOvers;

  @Test
  void theIncomingOnDutyPersonIsToldWhatIsOpenOnce() throws Throwable {
    try (LoopbackChat chat = new LoopbackChat(ADMIN);
        Rosters rosters = new Rosters(ADMIN)) {
      chat.dingTalk("物流群 #handover", "LOGISTICS");
      chat.dingTalkInEnglish("Logistics chat #handover", "LOGISTICS");
      long open = Flow.report("冷库门禁故障 #handover");
      // Whoever is on duty now is recorded, not announced.
      VertxContextSupport.subscribeAndAwait(() -> handOvers.handOver(Instant.now()));

      rosters.onDuty(DRIVER, "LOGISTICS", "13700000051");
      int told = VertxContextSupport.subscribeAndAwait(() -> handOvers.handOver(Instant.now()));
      assertEquals(1, told, "only the logistics group's duty changed");
      List<JsonObject> notices = chat.awaitDingTalk("LOGISTICS", "值班交接", 1);
      JsonObject notice = notices.get(0);
      String text = notice.getJsonObject("markdown").getString("text");
      assertTrue(text.contains("@13700000051"), text);
      assertTrue(text.contains("Test handover-driver，你现在是物流组的值班人员"), text);
      assertTrue(text.contains("＃" + open + " 冷库门禁故障 ＃handover（未定级，已上报）"), text);
      assertEquals(
          List.of("13700000051"), notice.getJsonObject("at").getJsonArray("atMobiles").getList());
      // The same hand-over in the group's English chat, written in English.
      String english =
          chat.awaitDingTalk("LOGISTICS-en", "Shift hand-over", 1)
              .get(0)
              .getJsonObject("markdown")
              .getString("text");
      assertTrue(english.startsWith("### [Kuailv Emergency] Shift hand-over: Logistics"), english);
      assertTrue(
          english.contains("Test handover-driver, you are now on duty for Logistics"), english);
      assertTrue(english.contains("＃" + open + " 冷库门禁故障 ＃handover （ungraded, "), english);
      assertTrue(english.contains("[See the incident list]("), english);

      // Looking again changes nothing: no second notice.
      VertxContextSupport.subscribeAndAwait(() -> handOvers.handOver(Instant.now()));
      Thread.sleep(500);
      assertEquals(1, chat.messages("LOGISTICS", "值班交接").size());

      // The shift ends and nobody takes over: nobody is told.
      rosters.close();
      int afterwards =
          VertxContextSupport.subscribeAndAwait(() -> handOvers.handOver(Instant.now()));
      assertEquals(0, afterwards);
    }
  }
}
