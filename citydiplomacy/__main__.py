from citydiplomacy.cli import main

main()
