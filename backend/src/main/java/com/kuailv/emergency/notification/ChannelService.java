package com.kuailv.emergency.notification;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.Reason;
import com.kuailv.emergency.common.i18n.Texts;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.common.security.SecretBox;
import com.kuailv.emergency.notification.NotificationApi.ChannelInput;
import com.kuailv.emergency.notification.NotificationApi.ChannelView;
import com.kuailv.emergency.notification.NotificationApi.TestResult;
import com.kuailv.emergency.org.OrgApi.Group;
import com.kuailv.emergency.org.OrgService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Channels: an admin registers a group's chat robot or a webhook; its address and secret are sealed
 * ({@link SecretBox}) and never shown again, only a hint. Every change is audited in its
 * transaction, without secrets. {@link #test} posts a test message and shows the answer.
 */
@ApplicationScoped
public class ChannelService {
  /** The shortest signing secret accepted (DingTalk's are 67 characters, Feishu's 22). */
  static final int MIN_SECRET = 16;

  private final ChannelRepository channels;
  private final SecretBox secrets;
  private final OrgService org;
  private final AuditService audit;
  private final ChannelPoster poster;
  private final SmsSender sms;
  private final com.kuailv.emergency.org.PersonService people;
  private final Clock clock;
  private final String publicUrl;
  private final boolean loopbackAllowed;

  ChannelService(
      ChannelRepository channels,
      SecretBox secrets,
      OrgService org,
      AuditService audit,
      ChannelPoster poster,
      SmsSender sms,
      com.kuailv.emergency.org.PersonService people,
      Clock clock,
      @ConfigProperty(name = "kuailv.public-url") String publicUrl,
      @ConfigProperty(name = "kuailv.notification.allow-loopback", defaultValue = "false")
          boolean loopbackAllowed) {
    this.loopbackAllowed = loopbackAllowed;
    this.channels = channels;
    this.secrets = secrets;
    this.org = org;
    this.audit = audit;
    this.poster = poster;
    this.sms = sms;
    this.people = people;
    this.clock = clock;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  @WithSession
  public Uni<List<ChannelView>> list() {
    return channels.ordered().map(found -> found.stream().map(ChannelService::view).toList());
  }

  /** Registers a channel; 400 naming the field for a bad URL, secret or group. */
  @WithTransaction
  public Uni<ChannelView> create(ChannelInput input, Actor actor) {
    if (input.url() == null || input.url().isBlank()) {
      throw ProblemException.invalid("url", "required");
    }
    requireAddress(input.kind(), input.url());
    if (input.kind().needsSecret() && (input.secret() == null || input.secret().isBlank())) {
      throw ProblemException.invalid("secret", "secret-required", input.kind());
    }
    requireSecret(input.kind(), input.secret());
    if (input.kind() == ChannelKind.SMS) {
      requireText("accessKeyId", input.accessKeyId());
      requireText("signName", input.signName());
      requireText("templateCode", input.templateCode());
    }
    requireSmsAccount(input);
    return requireGroup(input.groupCode()).chain(() -> store(input, actor));
  }

  private Uni<ChannelView> store(ChannelInput input, Actor actor) {
    Instant now = clock.instant();
    Channel channel = new Channel();
    channel.createdAt = now;
    apply(channel, input, now);
    return channels
        .persist(channel)
        .map(ChannelService::view)
        .call(view -> audit.record(actor, "channel.created", "channel", view.id(), null, view));
  }

  /** Changes a channel at {@code version}; an absent url or secret keeps the stored one. */
  @WithTransaction
  public Uni<ChannelView> update(long id, long version, ChannelInput input, Actor actor) {
    if (input.url() != null) {
      requireAddress(input.kind(), input.url());
    }
    if (input.secret() != null) {
      requireSecret(input.kind(), input.secret());
    }
    requireSmsAccount(input);
    return requireGroup(input.groupCode()).chain(() -> change(id, version, input, actor));
  }

  private Uni<ChannelView> change(long id, long version, ChannelInput input, Actor actor) {
    return channels
        .findById(id)
        .map(
            channel -> {
              if (channel == null) {
                throw ProblemException.notFound("Channel", id);
              }
              if (channel.version != version) {
                throw ProblemException.stale("channel");
              }
              if (input.kind() != channel.kind) {
                throw ProblemException.invalid("kind", "kind-fixed");
              }
              if (input.kind().needsSecret()
                  && channel.secretCipher == null
                  && input.secret() == null) {
                throw ProblemException.invalid("secret", "required-for", input.kind());
              }
              return channel;
            })
        .chain(
            channel -> {
              ChannelView before = view(channel);
              apply(channel, input, clock.instant());
              return channels
                  .flush()
                  .map(ignored -> view(channel))
                  .call(
                      after ->
                          audit.record(actor, "channel.updated", "channel", id, before, after));
            });
  }

  /**
   * Posts a test message now and answers what the receiver said; stores nothing. An SMS account
   * texts the caller's own phone (409 when they have none: they register it in their settings).
   */
  @WithSession
  public Uni<TestResult> test(long id, Actor actor) {
    return findSealed(id)
        .chain(
            channel -> {
              if (channel.kind == ChannelKind.SMS) {
                return testSms(channel, actor);
              }
              String url = secrets.open(channel.endpointCipher);
              String secret =
                  channel.secretCipher == null ? null : secrets.open(channel.secretCipher);
              return poster.post(
                  channel.kind,
                  url,
                  secret,
                  testNotice(channel, "notice.test.chat"),
                  "msg_test_" + channel.id + "_" + clock.instant().toEpochMilli());
            })
        .map(a -> new TestResult(a.ok(), a.httpStatus(), a.answer(), a.latencyMs()));
  }

  private Uni<ChannelPoster.Answer> testSms(Channel channel, Actor actor) {
    return people
        .contactOf(actor.subject())
        .chain(
            contact -> {
              if (contact == null || contact.phone() == null || contact.phone().isBlank()) {
                throw ProblemException.conflict(new Reason("reason.test-sms-no-phone"));
              }
              return sms.send(
                  new SmsSender.Account(
                      secrets.open(channel.endpointCipher),
                      channel.accessKeyId,
                      secrets.open(channel.secretCipher),
                      channel.signName,
                      channel.templateCode),
                  contact.phone(),
                  testNotice(channel, "notice.test.sms"));
            });
  }

  /** A test message for {@code channel}, its text {@code key} in the channel's language. */
  private Notice testNotice(Channel channel, String key) {
    return new Notice(
            Notice.TEST,
            0,
            Texts.text("texts", channel.english(), key, channel.name),
            null,
            null,
            clock.instant(),
            publicUrl + "/notifications")
        .in(channel.english(), null);
  }

  private Uni<Channel> findSealed(long id) {
    return channels
        .findById(id)
        .map(
            channel -> {
              if (channel == null) {
                throw ProblemException.notFound("Channel", id);
              }
              return channel;
            });
  }

  private void apply(Channel channel, ChannelInput input, Instant now) {
    channel.name = input.name().strip();
    channel.kind = input.kind();
    channel.groupCode = blankToNull(input.groupCode());
    if (input.url() != null) {
      channel.endpointCipher = secrets.seal(input.url().strip());
      channel.endpointHint = hint(input.url().strip());
    }
    if (input.kind().needsSecret() && input.secret() != null && !input.secret().isBlank()) {
      channel.secretCipher = secrets.seal(input.secret().strip());
    }
    channel.enabled = input.enabled() == null || input.enabled();
    channel.language =
        input.language() != null
            ? input.language()
            : channel.language == null ? "zh-CN" : channel.language;
    if (input.kind() == ChannelKind.SMS) {
      channel.accessKeyId = keep(input.accessKeyId(), channel.accessKeyId);
      channel.signName = keep(input.signName(), channel.signName);
      channel.templateCode = keep(input.templateCode(), channel.templateCode);
    }
    channel.updatedAt = now;
  }

  /**
   * An SMS account reaches people, never a group; its template code is the provider's (SMS_…). The
   * AccessKey ID, sign name and template are required when creating; absent on a change keeps them.
   */
  private static void requireSmsAccount(ChannelInput input) {
    if (input.kind() != ChannelKind.SMS) {
      return;
    }
    if (blankToNull(input.groupCode()) != null) {
      throw ProblemException.invalid("groupCode", "sms-no-group");
    }
    if (input.url() != null) {
      String path = URI.create(input.url().strip()).getRawPath();
      if ((path != null && !path.isEmpty() && !path.equals("/"))
          || URI.create(input.url().strip()).getRawQuery() != null) {
        throw ProblemException.invalid("url", "sms-endpoint");
      }
    }
    if (input.templateCode() != null && !input.templateCode().strip().matches("SMS_[0-9]{1,20}")) {
      throw ProblemException.invalid("templateCode", "sms-template");
    }
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalid(field, "required-for", ChannelKind.SMS);
    }
  }

  private Uni<Void> requireGroup(String code) {
    if (blankToNull(code) == null) {
      return Uni.createFrom().voidItem();
    }
    return org.groups()
        .invoke(
            groups -> {
              if (groups.stream().map(Group::code).noneMatch(code.strip()::equals)) {
                throw ProblemException.invalid("groupCode", "group-unknown");
              }
            })
        .replaceWithVoid();
  }

  /** An e-mail channel's mailto: list, or a robot's or webhook's http(s) address. */
  private void requireAddress(ChannelKind kind, String url) {
    if (kind == ChannelKind.EMAIL) {
      if (MailSender.recipients(url).isEmpty()) {
        throw ProblemException.invalid("url", "url-mailto");
      }
    } else {
      requireUrl(url);
      if (internal(URI.create(url.strip()).getHost(), loopbackAllowed)) {
        throw ProblemException.invalid("url", "url-internal");
      }
    }
  }

  /**
   * Whether {@code host} is this machine or a link-local address (the cloud metadata service at
   * 169.254.169.254 among them): no robot or partner system lives there, and a channel (or its test
   * button) must not become a way to reach them. Loopback is allowed only where {@code
   * kuailv.notification.allow-loopback} says so (tests and local runs with loopback receivers).
   * Only literal addresses and localhost are recognised; names are not resolved here.
   */
  static boolean internal(String host, boolean loopbackAllowed) {
    if (host == null) {
      return false;
    }
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    String lower = h.toLowerCase(Locale.ROOT);
    if (lower.equals("localhost") || lower.endsWith(".localhost")) {
      return !loopbackAllowed;
    }
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false;
    }
    try {
      java.net.InetAddress address = java.net.InetAddress.getByName(h);
      if (address.isLoopbackAddress()) {
        return !loopbackAllowed;
      }
      return address.isLinkLocalAddress() || address.isAnyLocalAddress();
    } catch (java.net.UnknownHostException notAnAddress) {
      return false;
    }
  }

  private static void requireUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw ProblemException.invalid("url", "url-http");
      }
      if (uri.getRawUserInfo() != null) {
        throw ProblemException.invalid("url", "url-userinfo");
      }
    } catch (URISyntaxException e) {
      throw ProblemException.invalid("url", "url-malformed", e.getReason());
    }
  }

  private static void requireSecret(ChannelKind kind, String secret) {
    if (secret == null || secret.isBlank()) {
      return;
    }
    String value = secret.strip();
    if (kind == ChannelKind.WEBHOOK) {
      boolean valid = value.startsWith("whsec_");
      if (valid) {
        try {
          valid = Base64.getDecoder().decode(value.substring(6)).length >= 24;
        } catch (IllegalArgumentException notBase64) {
          valid = false;
        }
      }
      if (!valid) {
        throw ProblemException.invalid("secret", "whsec");
      }
    } else if (value.length() < MIN_SECRET) {
      throw ProblemException.invalid("secret", "secret-short", MIN_SECRET);
    }
  }

  /** The scheme and host, then only the address's last four characters. */
  static String hint(String url) {
    if (url.regionMatches(true, 0, "mailto:", 0, 7)) {
      List<String> to = MailSender.recipients(url);
      String first = to.isEmpty() ? "" : to.get(0);
      int at = first.indexOf('@');
      return "mailto:…"
          + (at < 0 ? "" : first.substring(at))
          + (to.size() > 1 ? " +" + (to.size() - 1) : "");
    }
    URI uri = URI.create(url);
    String tail = url.length() > 8 ? url.substring(url.length() - 4) : "";
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
        + "/…"
        + tail;
  }

  static ChannelView view(Channel c) {
    return new ChannelView(
        c.id,
        c.version,
        c.name,
        c.kind,
        c.groupCode,
        c.endpointHint,
        c.secretCipher != null,
        c.enabled,
        c.createdAt,
        c.updatedAt,
        c.accessKeyId,
        c.signName,
        c.templateCode,
        c.language);
  }

  private static String keep(String given, String stored) {
    return given == null || given.isBlank() ? stored : given.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
