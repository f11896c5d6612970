from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("lookuperror_a", "0003_a3"),
    ]

    operations = [
        migrations.CreateModel(
            name="A4",
            fields=[
                (
                    "id",
                    models.AutoField(
                        auto_created=True,
                        serialize=False,
                        verbose_name="ID",
                        primary_key=True,
                    ),
                ),
            ],
        ),
    ]
