from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("migrations", "0002_second")]
