"""The frozen bundle's entry point (PyInstaller needs a script): the same as `koryo-desktop`."""

import sys

from koryo_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
