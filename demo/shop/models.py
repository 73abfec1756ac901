"""Catalogue and order models for the demo shop app."""
import logging

from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver

logger = logging.getLogger(__name__)


class Author(models.Model):
    name = models.CharField(max_length=200)
    email = models.EmailField(unique=True)

    def save(self, *args, **kwargs):
        # Normalise before saving so the unique constraint is case-insensitive
        # in practice ("Ana@Example.com" and "ana@example.com" collide).
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    def __str__(self):
        return self.name


class Book(models.Model):
    # Deleting an author deletes their books as well.
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    title = models.CharField(max_length=300)
    isbn = models.CharField(max_length=13, unique=True)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    stock = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["title"]
        indexes = [models.Index(fields=["author", "title"], name="book_author_title_idx")]

    def __str__(self):
        return self.title


class Order(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        PAID = "paid", "Paid"
        CANCELLED = "cancelled", "Cancelled"

    # PROTECT: a book that has been ordered cannot be deleted, which keeps
    # the order history intact. Delete or archive the orders first.
    book = models.ForeignKey(Book, on_delete=models.PROTECT, related_name="orders")
    quantity = models.PositiveIntegerField(default=1)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Order #{self.pk} ({self.quantity} x {self.book_id})"


@receiver(post_save, sender=Order)
def log_new_order(sender, instance, created, **kwargs):
    # post_save fires on every save(); only the first one has created=True.
    if created:
        logger.info("New order %s for book %s (qty %s)", instance.pk, instance.book_id, instance.quantity)
