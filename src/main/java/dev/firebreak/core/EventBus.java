package dev.firebreak.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synchronous publish/subscribe for {@link DomainEvent}s. Tabs talk to each other only through this and
 * the services; a failing subscriber is logged and never breaks the publisher's work.
 */
public final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    public <E extends DomainEvent> Runnable subscribe(Class<E> type, Consumer<? super E> subscriber) {
        Subscription<E> subscription = new Subscription<>(type, subscriber);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    public void publish(DomainEvent event) {
        for (Subscription<?> subscription : subscriptions) {
            try {
                subscription.deliver(event);
            } catch (RuntimeException e) {
                LOG.error("Subscriber failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    private record Subscription<E extends DomainEvent>(Class<E> type, Consumer<? super E> subscriber) {
        void deliver(DomainEvent event) {
            if (type.isInstance(event)) {
                subscriber.accept(type.cast(event));
            }
        }
    }
}
