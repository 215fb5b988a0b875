import SmartCityCLI
SmartCityMain.exit()
