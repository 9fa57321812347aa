package org.sanxiang.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.evidence.internal.store.BlobStore;
import org.sanxiang.evidence.internal.store.FilesystemBlobStore;
import org.sanxiang.evidence.internal.store.S3BlobStore;

/** 原始记录不得删改: the evidence module offers no operation that changes or removes stored evidence. */
class WriteOnceTest {

    private static final List<String> FORBIDDEN = List.of("delete", "remove", "overwrite", "update", "replace", "put(");

    @Test
    void noEvidenceServiceOrStoreHasAMethodThatOverwritesOrDeletes() {
        for (Class<?> type : List.of(EvidenceService.class, EvidenceRepository.class, BlobStore.class,
                FilesystemBlobStore.class, S3BlobStore.class)) {
            List<String> methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> !Modifier.isPrivate(m.getModifiers()))
                    .map(Method::getName)
                    .map(name -> name.toLowerCase() + "(")
                    .toList();
            assertThat(methods).as(type.getSimpleName())
                    .noneMatch(name -> FORBIDDEN.stream().anyMatch(name::startsWith));
        }
    }
}
