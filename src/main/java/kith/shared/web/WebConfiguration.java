package kith.shared.web;

import java.time.Duration;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend's fonts and images at {@code /assets/}, where its stylesheet expects them
 * (STACK_NOTES trap 7), the WebJars at their versioned paths, and Kith's own stylesheet and scripts under names
 * that carry a hash of their content ({@link Assets}). Each is fingerprinted, so browsers keep it for a year
 * ({@code immutable}); pages themselves are never cached (Spring Security's {@code no-store}). Holds the API to
 * JSON ({@link ApiMediaTypes}) and has Tomcat's own refusals answered in Kith's way ({@link ContainerRefusals}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** A year, as GOV.UK recommends for fingerprinted assets. */
    static final CacheControl FINGERPRINTED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        // The font files carry a hash in their names already; the images are GOV.UK's and change with its version.
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version
                        + "/dist/govuk/assets/")
                .setCacheControl(FINGERPRINTED);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FINGERPRINTED);
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(FINGERPRINTED)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(FINGERPRINTED)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    /** The layout's links (on every page's model as {@code assets}). */
    @Bean
    Assets assets(ResourceUrlProvider mvcResourceUrlProvider) {
        return new Assets(mvcResourceUrlProvider);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiMediaTypes()).addPathPatterns(ApiRequests.PREFIX + "**");
    }

    /**
     * Tomcat's host adds its error report valve when it starts unless one of the named class is there already;
     * this one is put in its place.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerRefusals() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerRefusals.class.getName());
                host.getPipeline().addValve(new ContainerRefusals());
            }
        });
    }

    /**
     * Keeps Boot from adding its ResourceUrlEncodingFilter (a disabled registration of the same filter): the
     * WebJars locator switches the resource chain on, and then every {@code @{…}} link of every page is
     * looked up as a static resource in each classpath location, where a page link is never found and misses
     * are not cached. That was half of the child page's rendering time (docs/benchmarks/child-page-load.md).
     * The filter only rewrites links to versioned resource URLs, and Kith's templates link to resources by
     * plain {@code href}.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
