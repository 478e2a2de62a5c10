package com.kuailv.emergency.notification;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class RuleRepository implements PanacheRepositoryBase<Rule, String> {}
