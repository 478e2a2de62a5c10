package com.kuailv.emergency.notification;

import com.kuailv.emergency.common.security.SecretBox;
import com.kuailv.emergency.common.text.StorableText;
import com.kuailv.emergency.org.OrgService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox: each round claims the due deliveries (rows locked with SKIP LOCKED and
 * leased, so across replicas each goes to one), posts them all at once, and records every answer. A
 * failed attempt is retried after {@code retry-base × 2^(attempt−1)}, with ±50 % jitter, capped at
 * {@code retry-cap}; after {@code max-attempts} it becomes a dead letter an admin can re-send.
 */
@ApplicationScoped
public class DeliveryWorker {
  /** How long a claim holds: longer than a post may take, so a live replica keeps its rows. */
  private static final Duration LEASE = Duration.ofSeconds(60);

  private final DeliveryRepository deliveries;
  private final ChannelRepository channels;
  private final OutboxRepository outbox;
  private final AttemptRepository attempts;
  private final ChannelPoster poster;
  private final SmsSender sms;
  private final MailSender mail;
  private final NotificationService notifications;
  private final SecretBox secrets;
  private final OrgService org;
  private final com.kuailv.emergency.org.PersonService people;
  private final PreferenceRepository preferences;
  private final Clock clock;
  private final int batch;
  private final int maxAttempts;
  private final Duration retryBase;
  private final Duration retryCap;
  private final String publicUrl;

  DeliveryWorker(
      DeliveryRepository deliveries,
      ChannelRepository channels,
      OutboxRepository outbox,
      AttemptRepository attempts,
      ChannelPoster poster,
      SmsSender sms,
      MailSender mail,
      NotificationService notifications,
      SecretBox secrets,
      OrgService org,
      com.kuailv.emergency.org.PersonService people,
      PreferenceRepository preferences,
      Clock clock,
      @ConfigProperty(name = "kuailv.notification.batch") int batch,
      @ConfigProperty(name = "kuailv.notification.max-attempts") int maxAttempts,
      @ConfigProperty(name = "kuailv.notification.retry-base") Duration retryBase,
      @ConfigProperty(name = "kuailv.notification.retry-cap") Duration retryCap,
      @ConfigProperty(name = "kuailv.public-url") String publicUrl) {
    this.deliveries = deliveries;
    this.channels = channels;
    this.outbox = outbox;
    this.attempts = attempts;
    this.poster = poster;
    this.sms = sms;
    this.mail = mail;
    this.notifications = notifications;
    this.secrets = secrets;
    this.org = org;
    this.people = people;
    this.preferences = preferences;
    this.clock = clock;
    this.batch = batch;
    this.maxAttempts = maxAttempts;
    this.retryBase = retryBase;
    this.retryCap = retryCap;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /**
   * A claimed delivery with everything needed to post it, read before the post: to a group's {@code
   * channel}, or to one person ({@code direct}; {@code channel} is then the SMS account, or null
   * for e-mail).
   */
  record Job(
      long deliveryId,
      long notificationId,
      int attempt,
      Channel channel,
      Notice notice,
      Direct direct) {
    boolean toPerson() {
      return direct != null;
    }
  }

  /** Whom a delivery to a person reaches, how, and at which address (blank when they have none). */
  record Direct(String subject, String name, Delivery.Medium medium, String address) {}

  /** A job with the receiver's answer and the message that carried it (null: not sent yet). */
  record Outcome(Job job, ChannelPoster.Answer answer, Instant at, String messageKey) {}

  @Scheduled(
      every = "${kuailv.notification.deliver-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> deliverDue() {
    return drain().replaceWithVoid();
  }

  /** Rounds until one finds fewer than a full batch due (a storm is sent without waiting). */
  Uni<Integer> drain() {
    return deliverOnce()
        .chain(
            count ->
                count < batch ? Uni.createFrom().item(count) : drain().map(more -> count + more));
  }

  /** One round; answers how many deliveries it attempted. */
  public Uni<Integer> deliverOnce() {
    Instant now = clock.instant();
    return Panache.withTransaction(() -> deliveries.claimDue(now, now.plus(LEASE), batch))
        .chain(this::jobsFor)
        .chain(jobs -> Panache.withSession(() -> plan(jobs, now)))
        .chain(
            plan ->
                (plan.posts().isEmpty()
                        ? Uni.createFrom().item(List.<List<Outcome>>of())
                        : Uni.join()
                            .all(plan.posts().stream().map(this::post).toList())
                            .andCollectFailures())
                    .map(posted -> posted.stream().flatMap(List::stream).toList())
                    .chain(
                        outcomes ->
                            outcomes.isEmpty() && plan.waiting().isEmpty()
                                ? Uni.createFrom().item(0)
                                : Panache.withTransaction(() -> record(outcomes, plan.waiting()))
                                    .replaceWith(outcomes.size() + plan.waiting().size())));
  }

  /** The messages to send now (each carrying one or more jobs) and the jobs that must wait. */
  record Plan(List<List<Job>> posts, Map<Job, Instant> waiting) {}

  /**
   * One message per job, except to a robot with a rate limit (WeCom and DingTalk 20 a minute): it
   * sends at most one message every 60 s / limit (3 s), never more than its limit in a minute; what
   * comes due meanwhile waits for its next turn and then goes merged into as few messages as fit,
   * so a storm reaches the chat in a few messages and none is dropped or sent twice.
   */
  private Uni<Plan> plan(List<Job> jobs, Instant now) {
    Map<Long, List<Job>> byChannel = new java.util.LinkedHashMap<>();
    // Deliveries to people are never merged: each is its own group (negative keys).
    jobs.forEach(
        j ->
            byChannel
                .computeIfAbsent(
                    j.toPerson() ? -j.deliveryId() : j.channel().id, k -> new ArrayList<>())
                .add(j));
    Plan plan = new Plan(new ArrayList<>(), new java.util.HashMap<>());
    Uni<Plan> planned = Uni.createFrom().item(plan);
    for (List<Job> group : byChannel.values()) {
      if (group.get(0).toPerson()) {
        group.forEach(job -> plan.posts().add(List.of(job)));
        continue;
      }
      int limit = group.get(0).channel().kind.perMinute();
      if (limit == 0 || !group.get(0).channel().enabled) {
        group.forEach(job -> plan.posts().add(List.of(job)));
        continue;
      }
      Duration spacing = Duration.ofMinutes(1).dividedBy(limit);
      planned =
          planned.call(
              () ->
                  attempts
                      .messagesSince(group.get(0).channel().id, now.minusSeconds(60))
                      .invoke(
                          sent -> {
                            // While under half its minute's messages, a robot takes one a
                            // second (a short storm reaches the chat fast); then one every
                            // 60 s / limit, so a long storm never goes over the limit.
                            Duration gap =
                                sent.count() < limit / 2 ? spacing.dividedBy(3) : spacing;
                            Instant turn = sent.last() == null ? now : sent.last().plus(gap);
                            long budget = limit - sent.count();
                            if (budget <= 0 || turn.isAfter(now)) {
                              Instant until = budget <= 0 ? now.plus(spacing) : turn;
                              group.forEach(job -> plan.waiting().put(job, until));
                              return;
                            }
                            List<List<Job>> packs = pack(group);
                            for (int i = 0; i < packs.size(); i++) {
                              if (i < budget) {
                                plan.posts().add(packs.get(i));
                              } else {
                                packs
                                    .get(i)
                                    .forEach(job -> plan.waiting().put(job, now.plus(spacing)));
                              }
                            }
                          }));
    }
    return planned;
  }

  private Uni<List<Job>> jobsFor(List<Delivery> claimed) {
    if (claimed.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    List<Long> channelIds =
        claimed.stream()
            .map(d -> d.channelId)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    List<Long> noticeIds = claimed.stream().map(d -> d.notificationId).distinct().toList();
    Map<String, com.kuailv.emergency.org.OrgApi.Contact> contacts = new java.util.HashMap<>();
    Map<String, String> languages = new java.util.HashMap<>();
    return Panache.withSession(
            () ->
                channels
                    .list("id in ?1", channelIds.isEmpty() ? List.of(-1L) : channelIds)
                    .chain(
                        found ->
                            outbox
                                .list("id in ?1", noticeIds)
                                .map(notices -> Map.entry(found, notices)))
                    .call(() -> contactsOf(claimed, contacts))
                    .call(() -> languagesOf(claimed, languages)))
        .chain(
            loaded ->
                org.groupNames()
                    .map(
                        names -> {
                          Map<Long, Channel> byChannel =
                              loaded.getKey().stream()
                                  .collect(Collectors.toMap(c -> c.id, Function.identity()));
                          Map<Long, OutboxNotification> byNotice =
                              loaded.getValue().stream()
                                  .collect(Collectors.toMap(n -> n.id, Function.identity()));
                          List<Job> jobs = new ArrayList<>();
                          for (Delivery delivery : claimed) {
                            OutboxNotification n = byNotice.get(delivery.notificationId);
                            Channel channel =
                                delivery.channelId == null
                                    ? null
                                    : byChannel.get(delivery.channelId);
                            boolean english = english(delivery, channel, languages);
                            com.kuailv.emergency.org.OrgApi.GroupName group =
                                n.targetGroup == null ? null : names.get(n.targetGroup);
                            jobs.add(
                                new Job(
                                    delivery.id,
                                    delivery.notificationId,
                                    delivery.attempts,
                                    channel,
                                    noticeOf(n, english, group == null ? null : group.in(english)),
                                    direct(delivery, contacts.get(delivery.recipientSubject))));
                          }
                          return jobs;
                        }));
  }

  /**
   * Whether a delivery reads in English: an e-mail to a person in their chosen language, anything
   * else (a chat, a mailbox, an SMS, whose account's approved template is in one language) in its
   * channel's; Chinese unless "en" was chosen.
   */
  private static boolean english(
      Delivery delivery, Channel channel, Map<String, String> personLanguages) {
    if (delivery.medium == Delivery.Medium.EMAIL && delivery.recipientSubject != null) {
      return "en".equals(personLanguages.get(delivery.recipientSubject));
    }
    return channel != null && channel.english();
  }

  /**
   * Reads the language of the people the claimed deliveries e-mail (their notification settings;
   * those who never saved any read Chinese).
   */
  private Uni<Void> languagesOf(List<Delivery> claimed, Map<String, String> into) {
    List<String> subjects =
        claimed.stream()
            .filter(d -> d.medium == Delivery.Medium.EMAIL && d.recipientSubject != null)
            .map(d -> d.recipientSubject)
            .distinct()
            .toList();
    if (subjects.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return preferences
        .list("subject in ?1", subjects)
        .invoke(found -> found.forEach(p -> into.put(p.subject, p.language)))
        .replaceWithVoid();
  }

  /** Reads the contact details of the people the claimed deliveries reach directly. */
  private Uni<Void> contactsOf(
      List<Delivery> claimed, Map<String, com.kuailv.emergency.org.OrgApi.Contact> into) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (String subject :
        claimed.stream()
            .map(d -> d.recipientSubject)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList()) {
      chain =
          chain.call(() -> people.contactOf(subject).invoke(contact -> into.put(subject, contact)));
    }
    return chain;
  }

  private static Direct direct(Delivery delivery, com.kuailv.emergency.org.OrgApi.Contact contact) {
    if (delivery.recipientSubject == null) {
      return null;
    }
    String address =
        contact == null
            ? ""
            : delivery.medium == Delivery.Medium.SMS ? contact.phone() : contact.email();
    return new Direct(
        delivery.recipientSubject,
        delivery.recipientName,
        delivery.medium,
        address == null ? "" : address);
  }

  /**
   * The notice an outbox row stands for, with its war-room link, in English or Chinese: the title
   * the platform wrote in English ({@code titleEn}: a hand-over, an overdue task) when {@code
   * english}; {@code groupName} in that language, or null.
   */
  Notice noticeOf(OutboxNotification n, boolean english, String groupName) {
    JsonObject payload = new JsonObject(n.payload);
    List<Notice.Mention> mentions = new ArrayList<>();
    io.vertx.core.json.JsonArray paged = payload.getJsonArray("mentions");
    if (paged != null) {
      for (int i = 0; i < paged.size(); i++) {
        JsonObject m = paged.getJsonObject(i);
        mentions.add(
            new Notice.Mention(
                m.getString("subject"),
                m.getString("name"),
                m.getString("phone"),
                m.getString("dingtalkId"),
                m.getString("wecomId"),
                m.getString("feishuId")));
      }
    }
    String ackPath = payload.getString("ackPath");
    JsonObject update = payload.getJsonObject("update");
    String grade = payload.getString("grade");
    String proposed = grade == null ? payload.getString("proposedGrade") : null;
    return new Notice(
        n.kind,
        n.incidentId == null ? 0 : n.incidentId,
        english && payload.getString("titleEn") != null
            ? payload.getString("titleEn")
            : payload.getString("title", ""),
        proposed != null ? proposed : grade,
        groupName,
        n.createdAt,
        publicUrl + (n.incidentId == null ? "/incidents" : "/incidents/" + n.incidentId),
        mentions,
        ackPath == null ? null : publicUrl + ackPath,
        update == null
            ? null
            : new Notice.Update(
                update.getString("currentState"),
                update.getString("impact"),
                update.getString("nextSteps"),
                Instant.parse(update.getString("nextUpdateAt"))),
        proposed != null,
        payload.getString("headline"),
        english);
  }

  /**
   * The jobs (all for one channel) merged into as few messages as fit the service's byte limit, in
   * order; a merged message never drops a notice.
   */
  static List<List<Job>> pack(List<Job> jobs) {
    int limit = jobs.get(0).channel().kind.maxBytes();
    List<List<Job>> packs = new ArrayList<>();
    List<Job> current = new ArrayList<>();
    for (Job job : jobs) {
      current.add(job);
      if (current.size() > 1 && bytes(current) > limit) {
        current.remove(current.size() - 1);
        packs.add(current);
        current = new ArrayList<>(List.of(job));
      }
    }
    packs.add(current);
    return packs;
  }

  private static int bytes(List<Job> jobs) {
    return new Post(jobs.stream().map(Job::notice).toList())
        .markdown(Integer.MAX_VALUE)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)
        .length;
  }

  /** Posts one message carrying these jobs (all to one channel); each gets the answer. */
  private Uni<List<Outcome>> post(List<Job> jobs) {
    Channel channel = jobs.get(0).channel();
    String messageKey = "msg_" + jobs.get(0).deliveryId();
    if (jobs.get(0).toPerson()) {
      return toPerson(jobs.get(0)).map(answer -> outcomes(jobs, answer, messageKey));
    }
    if (!channel.enabled) {
      return Uni.createFrom()
          .item(
              outcomes(
                  jobs, new ChannelPoster.Answer(false, null, "通道已停用 channel disabled", 0), null));
    }
    String url;
    String secret;
    try {
      url = secrets.open(channel.endpointCipher);
      secret = channel.secretCipher == null ? null : secrets.open(channel.secretCipher);
    } catch (IllegalStateException unreadable) {
      return Uni.createFrom()
          .item(
              outcomes(
                  jobs, new ChannelPoster.Answer(false, null, unreadable.getMessage(), 0), null));
    }
    Post message = new Post(jobs.stream().map(Job::notice).toList());
    return poster
        .post(channel.kind, url, secret, message, messageKey)
        .map(answer -> outcomes(jobs, answer, messageKey));
  }

  /** Sends a delivery to one person: an SMS through the account, or an e-mail. */
  private Uni<ChannelPoster.Answer> toPerson(Job job) {
    Direct to = job.direct();
    if (to.address().isBlank()) {
      return Uni.createFrom()
          .item(
              new ChannelPoster.Answer(
                  false,
                  null,
                  (to.medium() == Delivery.Medium.SMS ? "没有登记手机号 no phone" : "没有登记邮箱 no e-mail")
                      + " for "
                      + to.name(),
                  0));
    }
    Post message = new Post(List.of(job.notice()));
    if (to.medium() == Delivery.Medium.EMAIL) {
      return mail.sendTo(List.of(to.address()), message);
    }
    Channel account = job.channel();
    if (account == null || !account.enabled) {
      return Uni.createFrom()
          .item(new ChannelPoster.Answer(false, null, "短信通道已停用 SMS account disabled", 0));
    }
    try {
      return sms.send(
          new SmsSender.Account(
              secrets.open(account.endpointCipher),
              account.accessKeyId,
              secrets.open(account.secretCipher),
              account.signName,
              account.templateCode),
          to.address(),
          job.notice());
    } catch (IllegalStateException unreadable) {
      return Uni.createFrom()
          .item(new ChannelPoster.Answer(false, null, unreadable.getMessage(), 0));
    }
  }

  private List<Outcome> outcomes(List<Job> jobs, ChannelPoster.Answer answer, String messageKey) {
    Instant at = clock.instant();
    return jobs.stream().map(job -> new Outcome(job, answer, at, messageKey)).toList();
  }

  private Uni<Void> record(List<Outcome> outcomes, Map<Job, Instant> waiting) {
    List<Long> ids =
        java.util.stream.Stream.concat(
                outcomes.stream().map(o -> o.job().deliveryId()),
                waiting.keySet().stream().map(Job::deliveryId))
            .toList();
    return deliveries
        .list("id in ?1", ids)
        .chain(
            rows -> {
              Map<Long, Delivery> byId =
                  rows.stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
              List<DeliveryAttempt> tries = new ArrayList<>();
              List<Job> chatsFailed = new ArrayList<>();
              waiting.forEach(
                  (job, until) -> {
                    // Not attempted: the robot's turn has not come; it goes merged then.
                    Delivery delivery = byId.get(job.deliveryId());
                    delivery.attempts--;
                    delivery.claimedUntil = null;
                    delivery.nextAttemptAt = until;
                  });
              for (Outcome outcome : outcomes) {
                Delivery delivery = byId.get(outcome.job().deliveryId());
                ChannelPoster.Answer answer = outcome.answer();
                delivery.lastHttpStatus = answer.httpStatus();
                delivery.lastAnswer = StorableText.shorten(answer.answer(), 500);
                delivery.lastLatencyMs = answer.latencyMs();
                delivery.claimedUntil = null;
                if (answer.ok()) {
                  delivery.status = Delivery.Status.SENT;
                  delivery.sentAt = outcome.at();
                } else if (delivery.status == Delivery.Status.CANCELLED) {
                  // Cancelled while it was tried: it stays cancelled, never retried.
                } else if (delivery.attempts >= maxAttempts || disabled(outcome.job())) {
                  delivery.status = Delivery.Status.DEAD;
                } else {
                  delivery.nextAttemptAt = outcome.at().plus(backoff(delivery.attempts));
                }
                if (!answer.ok()
                    && !outcome.job().toPerson()
                    && outcome.job().channel().kind.isChat()
                    && outcome.job().notice().kind().equals("incident.paged")
                    && delivery.status != Delivery.Status.CANCELLED) {
                  chatsFailed.add(outcome.job());
                }
                DeliveryAttempt attempt = new DeliveryAttempt();
                attempt.deliveryId = delivery.id;
                attempt.messageKey =
                    outcome.messageKey() == null ? "msg_" + delivery.id : outcome.messageKey();
                attempt.attemptedAt = outcome.at();
                attempt.httpStatus = answer.httpStatus();
                attempt.answer = delivery.lastAnswer;
                attempt.latencyMs = answer.latencyMs();
                attempt.ok = answer.ok();
                tries.add(attempt);
              }
              return (tries.isEmpty() ? Uni.createFrom().voidItem() : attempts.persist(tries))
                  .call(() -> fallBackToSms(chatsFailed));
            });
  }

  private static boolean disabled(Job job) {
    return job.channel() != null && !job.channel().enabled;
  }

  /**
   * A page that did not reach a group's chat (a WeCom, DingTalk or Feishu robot refused or did not
   * answer) goes to each person it names by SMS, once: their phone rings even when the chat is
   * down. Other channels (webhooks, mailboxes) and other notices never fall back.
   */
  private Uni<Void> fallBackToSms(List<Job> failed) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Job job : failed) {
      for (Notice.Mention m : job.notice().mentions()) {
        if (m.subject() != null) {
          chain =
              chain.call(
                  () -> notifications.reachBySms(job.notificationId(), m.subject(), m.name()));
        }
      }
    }
    return chain;
  }

  /** The wait after the {@code attempt}-th failure: doubling from the base, jittered, capped. */
  Duration backoff(int attempt) {
    double doubled = retryBase.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
    double jittered = doubled * (0.5 + ThreadLocalRandom.current().nextDouble());
    return Duration.ofMillis((long) Math.min(jittered, retryCap.toMillis()));
  }
}
