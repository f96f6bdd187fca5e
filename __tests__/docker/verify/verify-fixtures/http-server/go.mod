module example.com/verifyserver

go 1.22
