package com.kuailv.emergency.alert;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
class IntegrationRepository implements PanacheRepositoryBase<Integration, Long> {}
