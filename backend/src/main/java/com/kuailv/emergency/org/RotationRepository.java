package com.kuailv.emergency.org;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class RotationRepository implements PanacheRepositoryBase<RotationRecord, String> {}
