module example.com/large-service

go 1.22
