myVar = url("import.css");
