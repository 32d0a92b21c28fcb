"""`python -m generator` runs the same CLI as `skilldeo-api`."""

from generator.cli import main

main()
