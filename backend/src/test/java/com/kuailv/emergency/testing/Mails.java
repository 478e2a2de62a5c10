package com.kuailv.emergency.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads what an e-mail received by the suite's SMTP server says, decoded. */
public final class Mails {
  private Mails() {}

  /** A mail's text and HTML parts (null when it has none). */
  public record Parts(String text, String html) {}

  /** The text/plain and text/html parts of {@code mail}, however deep in multipart/alternative. */
  public static Parts parts(Message mail) throws Exception {
    String[] found = new String[2];
    collect(mail, found);
    return new Parts(found[0], found[1]);
  }

  private static void collect(Part part, String[] found) throws Exception {
    if (part.isMimeType("text/plain")) {
      found[0] = (String) part.getContent();
    } else if (part.isMimeType("text/html")) {
      found[1] = (String) part.getContent();
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, found);
      }
    }
  }
}
