#!/usr/bin/env python
from citydiplomacy.cli import main

if __name__ == "__main__":
    main()
