package com.kuailv.emergency.notification;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.notification.NotificationApi.PageGrade;
import com.kuailv.emergency.notification.NotificationApi.SettingsInput;
import com.kuailv.emergency.notification.NotificationApi.SettingsView;
import com.kuailv.emergency.org.OrgApi.Contact;
import com.kuailv.emergency.org.OrgService;
import com.kuailv.emergency.org.PersonService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Each person's own notification settings: their phone and e-mail (the contact details the
 * organization keeps) and at which grades a page to them also comes by SMS or e-mail, beside
 * the @-mention in their group's chat. MAJOR pages always come by SMS too (the plan: the critical
 * ones by SMS). Someone who never chose gets SMS for MAJOR and e-mail for SERIOUS and MAJOR.
 */
@ApplicationScoped
public class PreferenceService {
  static final Set<PageGrade> ALWAYS_SMS = EnumSet.of(PageGrade.MAJOR);
  static final Set<PageGrade> DEFAULT_SMS = EnumSet.of(PageGrade.MAJOR);
  static final Set<PageGrade> DEFAULT_EMAIL = EnumSet.of(PageGrade.SERIOUS, PageGrade.MAJOR);

  private final PreferenceRepository preferences;
  private final ChannelRepository channels;
  private final PersonService people;
  private final OrgService org;
  private final AuditService audit;
  private final Clock clock;

  PreferenceService(
      PreferenceRepository preferences,
      ChannelRepository channels,
      PersonService people,
      OrgService org,
      AuditService audit,
      Clock clock) {
    this.preferences = preferences;
    this.channels = channels;
    this.people = people;
    this.org = org;
    this.audit = audit;
    this.clock = clock;
  }

  /** The caller's settings; version 0 while they have never saved any. */
  @WithSession
  public Uni<SettingsView> settings(String subject) {
    return preferences.findById(subject).chain(found -> view(subject, found));
  }

  /**
   * Replaces the caller's settings at {@code version} (0 for the first save): 412 when someone (the
   * same person elsewhere) saved meanwhile. The phone and e-mail change the organization's contact
   * details; the other ids there are kept. Audited without the contact details' history.
   */
  @WithTransaction
  public Uni<SettingsView> put(long version, SettingsInput input, Actor actor) {
    String subject = actor.subject();
    return preferences
        .findById(subject)
        .chain(
            found -> {
              long current = etag(found);
              if (current != version) {
                throw ProblemException.stale("notification-settings", version, current);
              }
              Preference preference = found == null ? new Preference() : found;
              Object before = found == null ? null : choices(found);
              preference.subject = subject;
              preference.smsGrades = names(input.smsGrades());
              preference.emailGrades = names(input.emailGrades());
              preference.language =
                  input.language() != null
                      ? input.language()
                      : preference.language == null ? "zh-CN" : preference.language;
              preference.updatedAt = clock.instant();
              return people
                  .recordSignIn(actor)
                  .chain(() -> people.contactOf(subject))
                  .chain(
                      contact ->
                          org.putContact(
                              subject,
                              new Contact(
                                  clean(input.phone()),
                                  clean(input.email()),
                                  contact == null ? "" : contact.wecomId(),
                                  contact == null ? "" : contact.dingtalkId(),
                                  contact == null ? "" : contact.feishuId()),
                              actor))
                  .chain(
                      () ->
                          found == null
                              ? insertFirst(preference)
                              : Uni.createFrom().item(preference))
                  .call(preferences::flush)
                  .call(
                      saved ->
                          audit.record(
                              actor,
                              "notification-settings.put",
                              "person",
                              subject,
                              before,
                              choices(saved)))
                  // The contact just written by a native upsert; the session may hold the old one.
                  .chain(saved -> view(saved, clean(input.phone()), clean(input.email())));
            });
  }

  /**
   * How a page to {@code subject} at {@code grade} (GENERAL, SERIOUS, MAJOR, or null before
   * grading) also reaches them beside their group's chat: their choice, or the defaults, and SMS
   * for MAJOR always. Must run in a session.
   */
  public Uni<Set<Delivery.Medium>> mediaFor(String subject, String grade) {
    PageGrade at = PageGrade.of(grade);
    return preferences
        .findById(subject)
        .map(
            found -> {
              Set<Delivery.Medium> media = EnumSet.noneOf(Delivery.Medium.class);
              if (smsGrades(found).contains(at) || ALWAYS_SMS.contains(at)) {
                media.add(Delivery.Medium.SMS);
              }
              if (emailGrades(found).contains(at)) {
                media.add(Delivery.Medium.EMAIL);
              }
              return media;
            });
  }

  private Uni<SettingsView> view(String subject, Preference found) {
    return people
        .contactOf(subject)
        .chain(
            contact ->
                view(
                    found,
                    contact == null ? "" : contact.phone(),
                    contact == null ? "" : contact.email()));
  }

  private Uni<SettingsView> view(Preference found, String phone, String email) {
    return channels
        .count("kind = ?1 and enabled", ChannelKind.SMS)
        .map(
            accounts ->
                new SettingsView(
                    phone,
                    email,
                    sorted(smsGrades(found)),
                    sorted(emailGrades(found)),
                    sorted(ALWAYS_SMS),
                    accounts > 0,
                    found == null ? "zh-CN" : found.language,
                    etag(found)));
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  /**
   * The first save, as an insert that does nothing when another first save (the same person on a
   * second device) got there first: that one wins and this one is stale (412), not a 500.
   */
  private Uni<Preference> insertFirst(Preference preference) {
    return io.quarkus.hibernate.reactive.panache.Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into notification_preference"
                            + " (subject, sms_grades, email_grades, language, version, updated_at)"
                            + " values (:subject, :sms, :email, :language,"
                            + " 0, :at) on conflict (subject) do nothing")
                    .setParameter("subject", preference.subject)
                    .setParameter("sms", preference.smsGrades)
                    .setParameter("email", preference.emailGrades)
                    .setParameter("language", preference.language)
                    .setParameter("at", preference.updatedAt)
                    .executeUpdate())
        .map(
            inserted -> {
              if (inserted == 0) {
                throw ProblemException.stale("notification-settings", 0, 1);
              }
              return preference;
            });
  }

  /** 0 while never saved, then the row's version + 1 (a new row's version is 0). */
  private static long etag(Preference found) {
    return found == null ? 0 : found.version + 1;
  }

  private static Set<PageGrade> smsGrades(Preference p) {
    return p == null ? DEFAULT_SMS : grades(p.smsGrades);
  }

  private static Set<PageGrade> emailGrades(Preference p) {
    return p == null ? DEFAULT_EMAIL : grades(p.emailGrades);
  }

  private static Set<PageGrade> grades(String[] names) {
    Set<PageGrade> out = EnumSet.noneOf(PageGrade.class);
    Arrays.stream(names).map(PageGrade::valueOf).forEach(out::add);
    return out;
  }

  private static String[] names(Set<PageGrade> grades) {
    return sorted(grades).stream().map(Enum::name).toArray(String[]::new);
  }

  private static List<PageGrade> sorted(Set<PageGrade> grades) {
    return grades.stream().sorted().toList();
  }

  /** What the audit log keeps of a person's choice. */
  private static java.util.Map<String, Object> choices(Preference p) {
    return java.util.Map.of(
        "smsGrades",
        List.of(p.smsGrades),
        "emailGrades",
        List.of(p.emailGrades),
        "language",
        p.language == null ? "zh-CN" : p.language);
  }
}
