package kith.timescales;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the breach check on its schedule ({@code kith.timescales.breach-check-cron}; "-" turns it off). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimescalesConfiguration {}
