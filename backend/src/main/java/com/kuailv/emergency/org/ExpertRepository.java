package com.kuailv.emergency.org;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ExpertRepository implements PanacheRepositoryBase<ExpertRecord, String> {}
