package com.kuailv.emergency.notification;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class PreferenceRepository implements PanacheRepositoryBase<Preference, String> {}
