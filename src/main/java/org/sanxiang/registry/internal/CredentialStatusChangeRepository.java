package org.sanxiang.registry.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialStatusChangeRepository extends JpaRepository<CredentialStatusChange, Long> {

    List<CredentialStatusChange> findByCredentialIdOrderByIdDesc(long credentialId);
}
