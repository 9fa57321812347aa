package org.sanxiang.registry.internal.credential;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CredentialStatusChangeRepository extends JpaRepository<CredentialStatusChange, Long> {

    List<CredentialStatusChange> findByCredentialIdOrderByIdDesc(long credentialId);
}
