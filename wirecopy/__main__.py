"""`python -m wirecopy`: the same command line as the `wirecopy` script."""

from wirecopy.flows.cli import main

if __name__ == "__main__":
    main()
