package com.kuailv.emergency.notification;

import com.kuailv.emergency.common.text.StorableText;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a post as e-mail through the platform's SMTP server (quarkus-mailer, non-blocking): the
 * headline as subject, a text part and an HTML part with the acknowledge and war-room links. The
 * server's acceptance is the answer; a refusal, or no answer within {@code
 * kuailv.notification.timeout}, is a failed attempt that the worker retries.
 */
@ApplicationScoped
class MailSender {
  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  private final ReactiveMailer mailer;
  private final Duration timeout;

  MailSender(
      ReactiveMailer mailer,
      @ConfigProperty(name = "kuailv.notification.timeout") Duration timeout) {
    this.mailer = mailer;
    this.timeout = timeout;
  }

  /**
   * The addresses of {@code mailto:a@x.cn,b@x.cn} (RFC 6068, percent-encoding allowed, no headers);
   * empty when it is not such a URI or any address is not one.
   */
  static List<String> recipients(String mailto) {
    if (mailto == null || !mailto.strip().regionMatches(true, 0, "mailto:", 0, 7)) {
      return List.of();
    }
    String list = mailto.strip().substring(7);
    if (list.contains("?") || list.isBlank()) {
      return List.of();
    }
    List<String> addresses = new ArrayList<>();
    for (String part : list.split(",")) {
      String address = URLDecoder.decode(part.strip(), StandardCharsets.UTF_8);
      if (!ADDRESS.matcher(address).matches() || address.length() > 254) {
        return List.of();
      }
      addresses.add(address);
    }
    return addresses;
  }

  /** Sends {@code post} to the channel's addresses; the answer says whether the server took it. */
  Uni<ChannelPoster.Answer> send(String mailto, Post post) {
    List<String> to = recipients(mailto);
    if (to.isEmpty()) {
      return Uni.createFrom()
          .item(new ChannelPoster.Answer(false, null, "not a mailto: address list", 0));
    }
    return sendTo(to, post);
  }

  /** Sends {@code post} to these addresses (a paged person's own); never fails, answers instead. */
  Uni<ChannelPoster.Answer> sendTo(List<String> to, Post post) {
    Mail mail =
        new Mail()
            .setTo(to)
            .setSubject(post.headline())
            .setText(post.plain(ChannelKind.EMAIL.maxBytes()))
            .setHtml(html(post));
    long started = System.nanoTime();
    return mailer
        .send(mail)
        .ifNoItem()
        .after(timeout)
        .failWith(() -> new IllegalStateException("the SMTP server did not answer in " + timeout))
        .map(
            sent ->
                new ChannelPoster.Answer(
                    true, null, "accepted for " + String.join(", ", to), elapsed(started)))
        .onFailure()
        .recoverWithItem(
            failure ->
                new ChannelPoster.Answer(
                    false,
                    null,
                    StorableText.shorten(String.valueOf(failure.getMessage()), 500),
                    elapsed(started)));
  }

  /** Each notice as a short section: headline, title, who is paged, group, time, links. */
  static String html(Post post) {
    String lang = post.notices().get(0).english() ? "en" : "zh-CN";
    StringBuilder out =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"" + lang + "\"><body style=\"font-family:sans-serif\">");
    for (Notice notice : post.notices()) {
      out.append("<h3>").append(escape(notice.headline())).append("</h3><p>");
      out.append(escape(notice.field(notice.titleLabel())));
      out.append(escape(notice.title())).append("</p>");
      if (notice.update() != null) {
        Notice.Update u = notice.update();
        paragraph(out, notice, "currentState", u.currentState());
        paragraph(out, notice, "impact", u.impact());
        paragraph(out, notice, "nextSteps", u.nextSteps());
        paragraph(out, notice, "nextUpdate", notice.beijingTime(u.nextUpdateAt()));
      }
      if (!notice.mentions().isEmpty()) {
        paragraph(
            out,
            notice,
            "paging",
            String.join(
                notice.words("list-separator"),
                notice.mentions().stream().map(Notice.Mention::name).toList()));
      }
      if (notice.groupName() != null) {
        paragraph(out, notice, "for", notice.groupName());
      }
      paragraph(out, notice, "time", notice.beijingTime());
      out.append("<p>");
      if (notice.ackUrl() != null) {
        out.append(link(notice.ackUrl(), notice.words("link.ack"))).append(" · ");
      }
      out.append(link(notice.link(), notice.linkLabel())).append("</p>");
    }
    return out.append("</body></html>").toString();
  }

  /** One labelled line: {@code <p>时间：…</p>}, the label in the notice's language. */
  private static void paragraph(StringBuilder out, Notice notice, String label, String value) {
    out.append("<p>").append(escape(notice.plainField(label, value))).append("</p>");
  }

  private static String link(String href, String text) {
    return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
  }

  /** Text made safe inside HTML elements and attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  private static int elapsed(long started) {
    return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
  }
}
