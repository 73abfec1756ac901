"""Celery tasks for the shop app."""
import logging

from celery import shared_task
from django.core.mail import send_mail

from .models import Order

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def send_order_confirmation(self, order_id):
    # bind=True passes the task instance as `self`, which gives access to
    # self.retry() and self.request (retry count, task id, ...).
    try:
        order = Order.objects.select_related("book").get(pk=order_id)
    except Order.DoesNotExist:
        logger.warning("Order %s vanished before confirmation was sent", order_id)
        return
    try:
        send_mail(
            subject=f"Order #{order.pk} confirmed",
            message=f"{order.quantity} x {order.book.title}",
            from_email="shop@example.com",
            recipient_list=["customer@example.com"],
        )
    except OSError as exc:
        # Back off exponentially: 30s, 60s, 120s, ...
        raise self.retry(exc=exc, countdown=30 * 2 ** self.request.retries)


@shared_task
def expire_unpaid_order(order_id):
    Order.objects.filter(pk=order_id, status=Order.Status.PENDING).update(
        status=Order.Status.CANCELLED
    )


def on_order_placed(order):
    # Pass the primary key, not the model instance: arguments are serialised
    # and the worker should read fresh data from the database.
    send_order_confirmation.delay(order.pk)
    # Cancel the order if it is still unpaid in 15 minutes.
    expire_unpaid_order.apply_async(args=[order.pk], countdown=15 * 60)
