struct Model { double Predict(double X) const; };
double Score(double X);
void Report(const char *Name, double Value);
