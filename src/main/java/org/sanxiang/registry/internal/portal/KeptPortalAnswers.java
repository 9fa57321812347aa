package org.sanxiang.registry.internal.portal;

import org.sanxiang.platform.PublicPageCache;
import org.sanxiang.registry.RegistryEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The registry's public pages and API answers are kept for anonymous visitors ({@link PublicPageCache}); every
 * change of the registry forgets them once it commits, so the portal never shows an officer or a credential status
 * as it was before.
 */
@Component
class KeptPortalAnswers {

    private final PublicPageCache cache;

    KeptPortalAnswers(PublicPageCache cache) {
        this.cache = cache;
    }

    @EventListener
    void changed(RegistryEvent event) {
        cache.evictAll();
    }

    @Bean
    static PublicPageCache.Paths registryPublicPaths() {
        return new PublicPageCache.Paths("/portal/agencies", "/portal/agencies/*", "/portal/officers/lookup",
                "/portal/credentials/*", "/api/v1/public/credentials/*", "/api/v1/public/agencies",
                "/api/v1/public/agencies/*/officers");
    }
}
