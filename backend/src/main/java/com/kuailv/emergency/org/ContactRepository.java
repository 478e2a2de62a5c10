package com.kuailv.emergency.org;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ContactRepository implements PanacheRepositoryBase<ContactRecord, String> {
  /** Stores the person's contact details, replacing any before (concurrent puts: the last wins). */
  Uni<Void> upsert(ContactRecord contact) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into member_contact (subject, phone, email, wecom_id, dingtalk_id,"
                            + " feishu_id, updated_at) values (:subject, :phone, :email, :wecom,"
                            + " :dingtalk, :feishu, :at) on conflict (subject) do update set phone"
                            + " = excluded.phone, email = excluded.email, wecom_id ="
                            + " excluded.wecom_id, dingtalk_id = excluded.dingtalk_id, feishu_id ="
                            + " excluded.feishu_id, updated_at = excluded.updated_at")
                    .setParameter("subject", contact.subject)
                    .setParameter("phone", contact.phone)
                    .setParameter("email", contact.email)
                    .setParameter("wecom", contact.wecomId)
                    .setParameter("dingtalk", contact.dingtalkId)
                    .setParameter("feishu", contact.feishuId)
                    .setParameter("at", contact.updatedAt)
                    .executeUpdate())
        .replaceWithVoid();
  }
}
